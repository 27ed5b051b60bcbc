package jp.ocn.mypage.it.cluster;

import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static jp.ocn.mypage.it.harness.CodeSteps.send;
import static jp.ocn.mypage.it.harness.CodeSteps.stepUpChoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakCluster;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes behind one balancer on one PostgreSQL database: a sign-in, its code, its tokens and every limit hold
 * whichever node answers, and nothing is lost when a node dies or both restart. The node-death and restart tests run
 * last ({@link Order}).
 */
@ExtendWith(MyPageClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private final Fixtures fx;
    private final KeycloakCluster cluster;

    TwoNodeClusterIT(Fixtures fx, KeycloakCluster cluster) {
        this.fx = fx;
        this.cluster = cluster;
    }

    @AfterEach
    void defaultsOnBothNodes() {
        cluster.roundRobin();
        CodeSteps.configure(fx.admin(), CodeSteps.DEFAULTS);
    }

    @Test
    @Order(1)
    void thePasswordOnNodeOneAndTheCodeOnNodeTwoSignIn() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        cluster.via(1);
        Outcome choice = stepUpChoice(client, account);
        cluster.via(2);
        Outcome done = CodeSteps.answerWithCode(client, choice, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();
        JsonNode tokens = client.tokens(done.code());
        assertThat(LoginClient.claims(tokens.get("access_token").asText()).getClaim("acr"))
                .isEqualTo("2");
    }

    @Test
    @Order(2)
    void aRefreshTokenFromNodeOneWorksOnNodeTwoWithTheSameIssuer() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        cluster.via(1);
        JsonNode first = client.signIn(account.username(), CodeSteps.PASSWORD);
        cluster.via(2);
        var refreshed = client.refresh(first.get("refresh_token").asText());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(LoginClient.claims(refreshed.json().get("access_token").asText())
                        .getIssuer())
                .isEqualTo(
                        LoginClient.claims(first.get("access_token").asText()).getIssuer())
                .isEqualTo(fx.server().realmUrl());
    }

    @Test
    @Order(3)
    void theResendCooldownHoldsOnTheOtherNode() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        cluster.via(1);
        Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        cluster.via(2);
        Outcome resend = client.post(entry.page(), ENTER, Map.of("action", "resend"));
        assertThat(resend.page().text()).contains("待ってから再度お試しください");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(1);
    }

    @Test
    @Order(4)
    void theNumberQuotaCountsSendsOfBothNodes() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        // Written through node 1: node 2 must see the changed rule too (realm cache invalidation).
        cluster.via(1);
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0"));
        LoginClient client = fx.browser();
        Outcome page = send(client, stepUpChoice(client, account), "0:SMS");
        for (int i = 0; i < 4; i++) {
            cluster.via(i % 2 == 0 ? 2 : 1);
            page = client.post(page.page(), ENTER, Map.of("action", "resend"));
        }
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(5);
        for (int node = 1; node <= 2; node++) {
            cluster.via(node);
            page = client.post(page.page(), ENTER, Map.of("action", "resend"));
            assertThat(page.page().text()).as("node " + node).contains("上限に達しました");
        }
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(5);
    }

    @Test
    @Order(5)
    void wrongPasswordsOnAlternatingNodesLockTheIdOnBoth() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        for (int i = 0; i < 5; i++) {
            cluster.via(1 + i % 2);
            fx.browser().login(account.username(), "Wrong-Password-" + i);
            Thread.sleep(1_100); // beyond the quick-login check: the count of five locks
        }
        String userId = fx.admin().userId(account.username());
        for (int node = 1; node <= 2; node++) {
            cluster.via(node);
            assertThat(fx.login(account).error()).as("node " + node).contains("ロックされています");
            JsonNode state = LockoutSteps.bruteForce(fx.server(), fx.admin(), userId);
            assertThat(state.get("numFailures").asInt()).as("node " + node).isEqualTo(5);
            assertThat(state.get("disabled").asBoolean()).as("node " + node).isTrue();
        }
    }

    @Test
    @Order(10)
    void afterNodeOneIsKilledBetweenPasswordAndCodeTheUserFinishesOnNodeTwoAndNodeOneRejoins() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        cluster.via(1);
        Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        cluster.node(1).kill();
        cluster.via(2);
        Outcome done = CodeSteps.enter(client, entry, code);
        assertThat(done.signedIn()).as(done.body()).isTrue();
        JsonNode tokens = client.tokens(done.code());

        cluster.node(1).relaunch();
        // Node 1 is back in the cluster: it holds what node 2 created alone (a session, a sign-in half done).
        cluster.via(1);
        assertThat(client.refresh(tokens.get("refresh_token").asText()).status())
                .isEqualTo(200);
        CodeSteps.Account other = CodeSteps.newAccount(fx.admin());
        LoginClient second = fx.browser();
        cluster.via(2);
        Outcome choice = stepUpChoice(second, other);
        cluster.via(1);
        Outcome finished = CodeSteps.answerWithCode(second, choice, "0:SMS", fx.twilio(), other.mobileE164());
        assertThat(finished.signedIn()).as(finished.body()).isTrue();
    }

    @Test
    @Order(11)
    void linksRolesAndAuditRowsAreIntactAfterBothNodesRestart() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CorporateSteps corporate = new CorporateSteps(fx.server(), fx.admin(), fx.twilio());
        CorporateSteps.Corporation corporation = corporate.newCorporation();
        cluster.via(1);
        String bearer = corporate.steppedUpToken(
                corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        CorporateSteps.Member member = corporate.newMemberData(corporation, "etsuran");
        assertThat(corporate
                        .createMember(bearer, corporation, member, List.of("view"))
                        .status())
                .isEqualTo(201);
        JsonNode rolesBefore = rolesOf(corporate, corporation, bearer, member.ocnId());
        JsonNode auditBefore = corporate
                .call("GET", corporation.customerNumber(), "/audit", bearer, null)
                .json();
        assertThat(auditBefore.get("entries")).isNotEmpty();

        cluster.restartBothNodes();

        cluster.via(2);
        assertThat(fx.admin().customer(account.customerNumber()).get("ocnId").asText())
                .isEqualTo(account.username());
        String after = corporate.signIn(corporation.representative(), CorporateSteps.PASSWORD);
        assertThat(rolesOf(corporate, corporation, after, member.ocnId())).isEqualTo(rolesBefore);
        assertThat(corporate
                        .call("GET", corporation.customerNumber(), "/audit", after, null)
                        .json())
                .isEqualTo(auditBefore);
        assertThat(fx.login(account).signedIn()).isTrue();
    }

    private static JsonNode rolesOf(
            CorporateSteps corporate, CorporateSteps.Corporation corporation, String bearer, String ocnId) {
        for (JsonNode m : corporate
                .call("GET", corporation.customerNumber(), "/members", bearer, null)
                .json()
                .get("members")) {
            if (m.get("ocnId").asText().equals(ocnId)) {
                return m.get("roles");
            }
        }
        throw new AssertionError("no member " + ocnId);
    }
}
