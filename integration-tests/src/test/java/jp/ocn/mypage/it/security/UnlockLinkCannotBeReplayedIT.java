package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attacks on the lockout mail's unlock link: redeem it twice at once, keep it for a later lock, let it expire and
 * use it anyway, or hand in another token the realm signed (an access token, a password-reset link's token).
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class UnlockLinkCannotBeReplayedIT {

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    UnlockLinkCannotBeReplayedIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void twoParallelRedemptionsOfOneLinkLiftTheLockOnce() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        String link = LockoutSteps.unlockLink(LockoutSteps.awaitLockMail(fx.mail(), account.username()));

        List<LoginClient> clients = List.of(fx.browser(), fx.browser());
        List<Outcome> entries = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (LoginClient client : clients) {
            long before = CodeSteps.countSentTo(fx.twilio(), account.mobileE164());
            Outcome choice = client.open(link);
            assertThat(choice.page().selectFirst(CHOOSE)).as(choice.body()).isNotNull();
            entries.add(client.post(choice.page(), CHOOSE, Map.of("target", "0:SMS", "action", "send")));
            LockoutSteps.await(
                    "a code for this tab",
                    10_000,
                    () -> CodeSteps.countSentTo(fx.twilio(), account.mobileE164()) > before);
            codes.add(CodeSteps.lastCode(fx.twilio(), account.mobileE164()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int tab = i;
                done.add(pool.submit(() -> {
                    start.await();
                    return clients.get(tab)
                            .post(entries.get(tab).page(), ENTER, Map.of("code", codes.get(tab), "action", "verify"));
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<Outcome> f : done) {
                Outcome o = f.get(60, TimeUnit.SECONDS);
                assertThat(o.page().selectFirst("#mypage-unlock-result"))
                        .as(o.body())
                        .isNotNull();
                results.add(o.page().selectFirst("#mypage-unlock-result").text());
            }
            assertThat(results)
                    .filteredOn(r -> r.contains("ロックを解除しました"))
                    .as("%s", results)
                    .hasSize(1);
            assertThat(results)
                    .filteredOn(r -> r.contains("使用済みか"))
                    .as("%s", results)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.login(account).signedIn()).isTrue();
    }

    @Test
    void aLinkFromAnEarlierLockDoesNotLiftALaterOne() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String userId = fx.admin().userId(account.username());
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        String earlier = LockoutSteps.unlockLink(LockoutSteps.awaitLockMail(fx.mail(), account.username()));

        // An operator lifts that lock; later the ID is locked again (no second mail within the hour).
        assertThat(fx.admin()
                        .call(
                                "DELETE",
                                fx.server().baseUrl() + "/admin/realms/" + KeycloakServer.REALM
                                        + "/attack-detection/brute-force/users/" + userId,
                                null,
                                fx.admin().token())
                        .status())
                .isEqualTo(204);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        LockoutSteps.await("locked again", 10_000, () -> LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                .path("disabled")
                .asBoolean());

        assertRefused(fx.browser().open(earlier));
        assertThat(fx.login(account).error()).contains("ロックされています");
    }

    @Test
    void otherTokensTheRealmSignedUnlockNothing() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String accessToken = fx.tokens(account).get("access_token").asText();
        String resetToken = LockoutSteps.keyOf(ResetMails.request(fx.browser(), fx.mail(), account.username()));
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        String genuine = LockoutSteps.unlockLink(LockoutSteps.awaitLockMail(fx.mail(), account.username()));

        assertRefused(fx.browser().open(LockoutSteps.linkWithKey(fx.server(), accessToken)));
        assertRefused(fx.browser().open(LockoutSteps.linkWithKey(fx.server(), resetToken)));
        assertRefused(fx.browser().open(LockoutSteps.linkWithKey(fx.server(), "not.a.token")));
        Outcome real = fx.browser().open(genuine);
        assertThat(real.page().selectFirst(CHOOSE))
                .as("the genuine link still works: " + real.body())
                .isNotNull();
    }

    @Test
    void anExpiredLinkUnlocksNothingEvenWhenOpenedBeforeItExpired() throws Exception {
        realm.set("mypage.lockout.unlockLinkSeconds", "10");
        String link;
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        try {
            LockoutSteps.lockByQuickFailures(fx.server(), account.username());
            link = LockoutSteps.unlockLink(LockoutSteps.awaitLockMail(fx.mail(), account.username()));
        } finally {
            realm.restore();
        }
        LoginClient early = fx.browser();
        Outcome choice = early.open(link);
        assertThat(choice.page().selectFirst(CHOOSE))
                .as("before expiry: " + choice.body())
                .isNotNull();

        long expiresAt =
                LoginClient.claims(LockoutSteps.keyOf(link)).getExpirationTime().getTime();
        LockoutSteps.await("the link expired", 30_000, () -> System.currentTimeMillis() > expiresAt + 1_500);
        assertRefused(fx.browser().open(link));
        Outcome late = CodeSteps.answerWithCode(early, choice, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(late.page().selectFirst("#mypage-unlock-result").text())
                .as("a code entered after expiry")
                .contains("使用済みか");
        assertThat(fx.login(account).error()).contains("ロックされています");
    }

    @Test
    void theLinkLivesThirtyMinutes() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        MailCatcher.Mail notice = LockoutSteps.awaitLockMail(fx.mail(), account.username());
        var claims = LoginClient.claims(LockoutSteps.keyOf(LockoutSteps.unlockLink(notice)));
        long lifetime =
                (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000;
        assertThat(lifetime).isEqualTo(30 * 60);
        assertThat(notice.body()).contains("30分");
    }

    private static void assertRefused(Outcome page) {
        assertThat(page.page().selectFirst(CHOOSE)).as(page.body()).isNull();
        assertThat(page.page().text()).contains("使用済みか");
    }
}
