package jp.ocn.mypage.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakCluster;
import jp.ocn.mypage.it.harness.LinkingSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageClusterExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.RecoverySteps;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attacker sends every other guess to the other node, hoping each node counts only what it saw: linking proofs,
 * recovery attempts by customer number, recovery codes and reset links are counted once for the whole cluster, so
 * alternating nodes buys no extra guess. Shares the cluster of {@link TwoNodeClusterIT} (one start per run).
 */
@ExtendWith(MyPageClusterExtension.class)
class AlternatingNodesGetNoFreshLimitsIT {

    private static final String LINK_LIMITED = "しばらくの間お客さま番号を登録できません";
    private static final String RECOVERY_LIMITED = "上限に達しました";
    private static final String UPDATE = "form#kc-passwd-update-form";
    private static final String NEW_PASSWORD = "Cluster-Reset-2026#";

    private final Fixtures fx;
    private final KeycloakCluster cluster;

    @RegisterExtension
    final RealmAttributes realm;

    AlternatingNodesGetNoFreshLimitsIT(Fixtures fx, KeycloakCluster cluster) {
        this.fx = fx;
        this.cluster = cluster;
        this.realm = new RealmAttributes(fx.admin());
    }

    @AfterEach
    void bothNodesAgain() {
        cluster.roundRobin();
    }

    @Test
    void attackerAlternatingNodesStillHitsTheLinkingLimit() {
        realm.set("mypage.link.failuresPerAccountPerHour", "3");
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(client, account.username());
        for (int i = 0; i < 3; i++) {
            cluster.via(1 + i % 2);
            page = LinkingSteps.proveWithPostalCode(
                    client, page, account.customerNumber(), "2000-01-0" + (i + 1), "100-0001");
            assertThat(page.error()).as("guess " + i).contains("ご契約を確認できませんでした");
        }
        // Even the right proof is refused now, on either node.
        for (int node = 2; node >= 1; node--) {
            cluster.via(node);
            page = LinkingSteps.proveWithPostalCode(client, page, account.customerNumber(), "1990-02-03", "100-0001");
            assertThat(page.error()).as("node " + node).contains(LINK_LIMITED);
        }
        assertThat(CodeSteps.sentTo(fx.twilio(), account.mobileE164())).isEmpty();
    }

    @Test
    void attackerAlternatingNodesAndAccountsStillHitsTheCustomerNumberLinkingLimit() {
        realm.set("mypage.link.failuresPerNumberPerDay", "2");
        CodeSteps.Account target = CodeSteps.newAccount(fx.admin(), false);
        for (int i = 0; i < 2; i++) {
            cluster.via(1 + i % 2);
            Outcome failed = proveOnFreshAccount(target.customerNumber(), "2000-01-0" + (i + 1));
            assertThat(failed.error()).as("guess " + i).contains("ご契約を確認できませんでした");
        }
        for (int node = 1; node <= 2; node++) {
            cluster.via(node);
            assertThat(proveOnFreshAccount(target.customerNumber(), "1990-02-03")
                            .error())
                    .as("node " + node)
                    .contains(LINK_LIMITED);
        }
    }

    @Test
    void attackerAlternatingNodesStillHitsTheRecoveryLimitByCustomerNumber() {
        realm.set("mypage.recovery.attemptsPerNumberPerDay", "2");
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        for (int i = 0; i < 2; i++) {
            cluster.via(1 + i % 2);
            RecoverySteps.forgotIdWith(fx.browser(), account.customerNumber(), "2000-01-0" + (i + 1));
        }
        for (int node = 1; node <= 2; node++) {
            cluster.via(node);
            Outcome limited = RecoverySteps.forgotIdWith(fx.browser(), account.customerNumber(), "1990-02-03");
            assertThat(limited.error()).as("node " + node).contains(RECOVERY_LIMITED);
        }
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isZero();
    }

    @Test
    void attackerGuessingTheRecoveryCodeOnAlternatingNodesStillRunsOutOfTries() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        cluster.via(1);
        Outcome page = RecoverySteps.forgotIdWith(client, account.customerNumber(), "1990-02-03");
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            cluster.via(2 - i % 2);
            page = RecoverySteps.enter(client, page, wrong);
            assertThat(page.error()).as("guess " + i).contains("あと" + (4 - i) + "回");
        }
        cluster.via(2);
        page = RecoverySteps.enter(client, page, wrong);
        assertThat(page.error()).contains("規定回数まちがえた");
        assertThat(page.page().selectFirst(RecoverySteps.CODE))
                .as("no code page left to enter the right code on")
                .isNull();
    }

    @Test
    void attackerReplayingAUsedResetLinkOnTheOtherNodeIsRefused() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        cluster.via(1);
        String link = ResetMails.request(fx.browser(), fx.mail(), account.username());
        cluster.via(2);
        // The owner opens the mail on a phone (no cookies of the asking browser) and sets a new password.
        LoginClient phone = fx.browser();
        Outcome update = phone.open(link);
        assertThat(update.page().selectFirst(UPDATE)).as(update.body()).isNotNull();
        phone.post(update.page(), UPDATE, Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        assertThat(fx.browser().login(account.username(), NEW_PASSWORD).signedIn())
                .isTrue();
        cluster.via(1);
        Outcome replay = fx.browser().open(link);
        assertThat(replay.page().selectFirst(UPDATE))
                .as("the link works once on the cluster")
                .isNull();
        assertThat(replay.signedIn()).isFalse();
    }

    /** A fresh account of the attacker's signs in and tries to prove the target's number with a birth date. */
    private Outcome proveOnFreshAccount(String customerNumber, String birthDate) {
        CodeSteps.Account attacker = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(client, attacker.username());
        return LinkingSteps.proveWithPostalCode(client, page, customerNumber, birthDate, "100-0001");
    }
}
