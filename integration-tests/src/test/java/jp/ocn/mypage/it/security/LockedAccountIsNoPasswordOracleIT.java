package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: lock an ID on purpose, then keep guessing. If a locked ID still checked the password and answered the
 * right one differently, the lock would be an unlimited, uncounted password oracle.
 */
@ExtendWith(MyPageServerExtension.class)
class LockedAccountIsNoPasswordOracleIT {

    private final Fixtures fx;

    LockedAccountIsNoPasswordOracleIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theRightPasswordOnALockedIdGetsTheSameAnswerAsAWrongOne() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());

        Outcome wrong = fx.browser().login(account.username(), "Wrong-Password-9");
        Outcome right = fx.login(account);
        assertThat(right.signedIn()).isFalse();
        assertThat(right.error()).as("right and wrong password on a locked ID").isEqualTo(wrong.error());
        assertThat(right.page().text()).isEqualTo(wrong.page().text());
    }

    @Test
    void everyAttemptOnALockedIdIsToldTheLockItsEndAndTheWaysOut() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String generic =
                fx.browser().login(account.username(), "Wrong-Password-0").error();
        assertThat(generic).contains("正しくありません");
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());

        String answer =
                fx.browser().login(account.username(), "Wrong-Password-3").error();
        assertThat(answer)
                .isNotEqualTo(generic)
                .contains("ロックされています")
                .contains("日本時間")
                .containsPattern(LockoutSteps.UNTIL)
                .contains("この時刻を過ぎると")
                .contains("メールにあるリンク")
                .contains("パスワードを再設定");
        for (String typed : new String[] {CodeSteps.PASSWORD, "", "x".repeat(2000), CodeSteps.PASSWORD + " "}) {
            Outcome attempt = fx.browser().login(account.username(), typed);
            assertThat(attempt.signedIn()).isFalse();
            assertThat(attempt.error())
                    .as("typed %s characters", typed.length())
                    .isEqualTo(answer);
        }
    }

    @Test
    void attemptsOnALockedIdCheckNoPasswordAndCountNothing() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String userId = fx.admin().userId(account.username());
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        LockoutSteps.await(
                "two failures counted",
                10_000,
                () -> LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                                .path("numFailures")
                                .asInt()
                        == 2);
        for (int i = 0; i < 6; i++) {
            assertThat(fx.browser()
                            .login(account.username(), i % 2 == 0 ? CodeSteps.PASSWORD : "Wrong-" + i)
                            .error())
                    .contains("ロックされています");
        }
        assertThat(LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                        .path("numFailures")
                        .asInt())
                .as("attempts while locked are no password checks")
                .isEqualTo(2);
        // Keycloak may store an event just after the answer went out: wait for the sixth, then assert on them all.
        LockoutSteps.await("six lock refusals stored", 10_000, () -> lockRefusals(userId) >= 6);
        assertThat(fx.admin().get("/events?type=LOGIN_ERROR&user=" + userId + "&max=100"))
                .as("each attempt while locked is recorded as refused for the lock")
                .filteredOn(
                        e -> "user_temporarily_disabled".equals(e.path("error").asText()))
                .hasSize(6);
    }

    private long lockRefusals(String userId) {
        long count = 0;
        for (JsonNode event : fx.admin().get("/events?type=LOGIN_ERROR&user=" + userId + "&max=100")) {
            if ("user_temporarily_disabled".equals(event.path("error").asText())) {
                count++;
            }
        }
        return count;
    }
}
