package jp.ocn.mypage.it.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Member;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a corporate administrator does through the API, on corporations made for each test. */
@ExtendWith(MyPageServerExtension.class)
class CorporateAdministrationIT {

    private final Fixtures fx;
    private final CorporateSteps steps;

    CorporateAdministrationIT(Fixtures fx) {
        this.fx = fx;
        this.steps = new CorporateSteps(fx.server(), fx.admin(), fx.twilio());
    }

    private String representativeToken(Corporation corporation) {
        return steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
    }

    @Test
    void theDemoCorporationListsItsRepresentativeAndFourUserIdsWithTheirRoles() {
        String token = steps.signIn("daihyo@shoji.example.jp", LoginClient.DEMO_PASSWORD);
        Reply members = steps.call("GET", "N678901234", "/members", token, null);
        assertThat(members.status()).as(members.body()).isEqualTo(200);
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        // Other tests add user IDs of their own (CorporatePortalIT: outside shoji.example.jp); the demo ones stay.
        members.json().get("members").forEach(m -> {
            if (m.get("ocnId").asText().endsWith("@shoji.example.jp")) {
                byId.put(m.get("ocnId").asText(), m);
            }
        });
        assertThat(byId)
                .containsOnlyKeys(
                        "daihyo@shoji.example.jp",
                        "etsuran@shoji.example.jp",
                        "shinsei@shoji.example.jp",
                        "shonin@shoji.example.jp",
                        "kanri@shoji.example.jp");
        assertThat(byId.get("daihyo@shoji.example.jp").get("representative").asBoolean())
                .isTrue();
        assertThat(roles(byId.get("daihyo@shoji.example.jp"))).containsExactly("view", "apply", "approve", "manage");
        assertThat(roles(byId.get("etsuran@shoji.example.jp"))).containsExactly("view");
        assertThat(roles(byId.get("shinsei@shoji.example.jp"))).containsExactly("apply");
        assertThat(roles(byId.get("shonin@shoji.example.jp"))).containsExactly("approve");
        assertThat(roles(byId.get("kanri@shoji.example.jp"))).containsExactly("manage");
        assertThat(byId.get("kanri@shoji.example.jp").get("state").asText()).isEqualTo("active");
        assertThat(byId.get("daihyo@shoji.example.jp").get("lastSignIn").asText())
                .isNotEmpty();
    }

    @Test
    void eachDemoCorporationIsAnOrganizationWithItsMembers() {
        JsonNode orgs = fx.admin().get("/organizations?search=N678901234");
        assertThat(orgs).hasSize(1);
        JsonNode members =
                fx.admin().get("/organizations/" + orgs.get(0).get("id").asText() + "/members");
        List<String> names = new java.util.ArrayList<>();
        members.forEach(m -> names.add(m.get("username").asText()));
        assertThat(names).contains("daihyo@shoji.example.jp", "kanri@shoji.example.jp", "etsuran@shoji.example.jp");
        assertThat(fx.admin().get("/organizations?search=N789012345")).hasSize(1);
    }

    @Test
    void theRepresentativeCreatesAUserIdWithAnInvitationAndItsRolesApplyAtOnce() {
        Corporation corporation = steps.newCorporation();
        String token = representativeToken(corporation);
        Member member = steps.newMemberData(corporation, "new");
        Reply created = steps.createMember(token, corporation, member, List.of("view", "approve"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("state").asText()).isEqualTo("applied");
        assertThat(created.json().get("invitation").asText()).isEqualTo("sent");
        assertThat(fx.mail().to(member.ocnId()))
                .as("invitation with a set-password link")
                .anySatisfy(m -> assertThat(m.body()).contains("/login-actions/action-token?key="));
        JsonNode listed = member(steps.call("GET", corporation.customerNumber(), "/members", token, null), member);
        assertThat(roles(listed)).containsExactly("view", "approve");
        assertThat(listed.get("representative").asBoolean()).isFalse();
    }

    @Test
    void aUserIdSignsInWithACodeToItsOwnMobileAndIsNeverOfferedLinking() {
        Corporation corporation = steps.newCorporation();
        String token = representativeToken(corporation);
        Member member = steps.newMemberData(corporation, "own-mobile");
        assertThat(steps.createMember(token, corporation, member, List.of("view"))
                        .status())
                .isEqualTo(201);
        LoginClient client = new LoginClient(fx.server());
        LoginClient.Outcome signedIn = client.login(member.ocnId(), CorporateSteps.PASSWORD);
        assertThat(signedIn.signedIn())
                .as("no linking offer for a user ID: " + signedIn.body())
                .isTrue();
        JsonNode tokens =
                steps.stepUp(new LoginClient(fx.server()), member.ocnId(), CorporateSteps.PASSWORD, member.phoneE164());
        assertThat(LoginClient.claims(tokens.get("access_token").asText()).getClaim("acr"))
                .isEqualTo("2");
    }

    @Test
    void theAuditLogListsChangesNewestFirstAndExportsCsvWithABom() {
        Corporation corporation = steps.newCorporation();
        String token = representativeToken(corporation);
        Member member = steps.newMemberData(corporation, "audited");
        steps.createMember(token, corporation, member, List.of("view"));
        Reply changed = steps.call(
                "PUT",
                corporation.customerNumber(),
                "/members/" + member.ocnId() + "/roles",
                token,
                Map.of("roles", List.of("view", "apply"), "reason", "=HYPERLINK(\"x\"),申請担当"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("state").asText()).isEqualTo("applied");

        JsonNode entries = steps.call("GET", corporation.customerNumber(), "/audit", token, null)
                .json()
                .get("entries");
        JsonNode newest = entries.get(0);
        assertThat(newest.get("action").asText()).isEqualTo("roles");
        assertThat(newest.get("actor").asText()).isEqualTo(corporation.representative());
        assertThat(newest.get("target").asText()).isEqualTo(member.ocnId());
        assertThat(newest.get("rolesBefore").asText()).isEqualTo("view");
        assertThat(newest.get("rolesAfter").asText()).isEqualTo("view,apply");
        assertThat(newest.get("result").asText()).isEqualTo("success");
        assertThat(newest.get("requestId").asText()).isNotEmpty();
        assertThat(newest.get("time").asText()).endsWith("Z");
        assertThat(entries.get(1).get("action").asText()).isEqualTo("create");

        Reply csv = steps.call("GET", corporation.customerNumber(), "/audit?format=csv", token, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        byte[] bytes = csv.body().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = csv.body().substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("time,actor,target,action,rolesBefore,rolesAfter,reason,result,requestId");
        assertThat(lines[1]).contains(member.ocnId(), "\"'=HYPERLINK(\"\"x\"\"),申請担当\"", "success");
        assertThat(fx.admin().get("/admin-events?max=500").toString())
                .contains("corporations/" + corporation.customerNumber() + "/members/" + member.ocnId());
    }

    @Test
    void tokensOfCorporateMembersCarryTheCorpClaimAndOthersNone() throws Exception {
        Map<String, Object> representative = corp("daihyo@shoji.example.jp");
        assertThat(representative)
                .containsEntry("customer_number", "N678901234")
                .containsEntry("name", "株式会社サンプル商事")
                .containsEntry("representative", true)
                .containsEntry("roles", List.of("view", "apply", "approve", "manage"));
        assertThat(representative.get("deputy_until")).as("no deputy period").isNull();
        assertThat(corp("shinsei@shoji.example.jp"))
                .containsEntry("representative", false)
                .containsEntry("roles", List.of("apply"));
        assertThat(corp("daihyo@kogyo.example.jp")).containsEntry("customer_number", "N789012345");
        assertThat(corp("taro.yamada@ocn.ne.jp")).isNull();
    }

    private Map<String, Object> corp(String ocnId) throws Exception {
        LoginClient client = new LoginClient(fx.server());
        LoginClient.Outcome o = client.laterForLinkOffer(client.login(ocnId, LoginClient.DEMO_PASSWORD));
        return LoginClient.claims(client.tokens(o.code()).get("access_token").asText())
                .getJSONObjectClaim("corp");
    }

    private static List<String> roles(JsonNode member) {
        List<String> roles = new java.util.ArrayList<>();
        member.get("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static JsonNode member(Reply members, Member member) {
        for (JsonNode m : members.json().get("members")) {
            if (m.get("ocnId").asText().equals(member.ocnId())) {
                return m;
            }
        }
        throw new AssertionError("not listed: " + member.ocnId() + " in " + members.body());
    }
}
