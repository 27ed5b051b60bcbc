package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: disable someone else's ID for good by typing wrong passwords now and then (with the realm's old
 * settings, eight spaced failures did it). No password failures disable an ID before 100 consecutive ones; waits grow
 * and end, and the owner signs in after them.
 */
@ExtendWith(MyPageServerExtension.class)
class SpacedGuessesDoNotDisableAccountIT {

    private static final int GUESSES = 12;

    private final Fixtures fx;

    SpacedGuessesDoNotDisableAccountIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void twelveSpacedWrongPasswordsNeverDisableTheIdAndTheOwnerSignsInAfterTheWait() throws Exception {
        try (AutoCloseable shortWaits = LockoutSteps.realmSettings(fx.admin(), LockoutSteps.SHORT_WAITS)) {
            CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
            String userId = fx.admin().userId(account.username());
            String generic = null;
            for (int i = 1; i <= GUESSES; i++) {
                awaitUnlocked(userId);
                Thread.sleep(1_100); // beyond the quick-login window
                Outcome guess = fx.browser().login(account.username(), "Wrong-Password-" + i);
                assertThat(guess.signedIn()).isFalse();
                generic = generic == null ? guess.error() : generic;
                assertThat(guess.error())
                        .as("guess %s: a password check, not a lock", i)
                        .isEqualTo(generic)
                        .contains("正しくありません");
                int counted = i;
                LockoutSteps.await(
                        "guess " + i + " counted",
                        10_000,
                        () -> LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                                        .path("numFailures")
                                        .asInt()
                                == counted);
            }
            assertThat(fx.admin().get("/users/" + userId).get("enabled").asBoolean())
                    .as("still enabled after %s guesses", GUESSES)
                    .isTrue();
            awaitUnlocked(userId);
            assertThat(fx.login(account).signedIn()).as("the owner signs in").isTrue();
        }
    }

    @Test
    void theRealmDisablesNoIdBeforeTheHundredthConsecutiveFailureAndWaitsAtMostFifteenMinutes() {
        var realm = fx.admin().get("");
        int failureFactor = realm.get("failureFactor").asInt();
        int temporaryLockouts = realm.get("maxTemporaryLockouts").asInt();
        // Keycloak counts one temporary lockout per failure from the factor on; permanent when they exceed the maximum.
        assertThat(!realm.get("permanentLockout").asBoolean() || failureFactor + temporaryLockouts >= 100)
                .as("factor %s, temporary lockouts %s", failureFactor, temporaryLockouts)
                .isTrue();
        assertThat(realm.get("maxFailureWaitSeconds").asInt()).isLessThanOrEqualTo(900);
    }

    private void awaitUnlocked(String userId) throws InterruptedException {
        LockoutSteps.await("the lock ended", 10_000, () -> !LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                .path("disabled")
                .asBoolean());
    }
}
