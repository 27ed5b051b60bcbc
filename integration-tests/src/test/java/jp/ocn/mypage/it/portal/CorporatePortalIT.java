package jp.ocn.mypage.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's corporate side with design.md's demo corporation 株式会社サンプル商事 (N678901234): the menus of each
 * member's roles, and ユーザー管理's pages driven like a browser — a 管理 user ID creates a user ID and asks for 承認
 * with a reason (a code first: the API's step-up challenge), the representative approves it, the audit log and its CSV
 * show it. User IDs made here have addresses outside {@code shoji.example.jp}, so the demo members stay as they are.
 */
@ExtendWith(MyPageServerExtension.class)
class CorporatePortalIT {

    private static final String SHOJI = "N678901234";
    private static final String DAIHYO = "daihyo@shoji.example.jp";
    private static final String DAIHYO_MOBILE = "+819067890123";
    private static final String KANRI = "kanri@shoji.example.jp";
    private static final String KANRI_MOBILE = "+819070000004";

    private static PortalUnderTest portal;
    private final Fixtures fx;
    private final CorporateSteps steps;

    CorporatePortalIT(Fixtures fx) {
        this.fx = fx;
        this.steps = new CorporateSteps(fx.server(), fx.admin(), fx.twilio());
    }

    @BeforeAll
    static void startPortal(Fixtures fx) {
        portal = PortalUnderTest.start(fx.server(), fx.admin());
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void eachDemoCorporateMemberSeesTheCorporateMenusOfItsRoles() {
        String userId = "利用者IDの権限で利用可";
        assertThat(menusOf(DAIHYO))
                .contains("支払い方法 link 変更可", "オプション link 申込・停止可", "ユーザー管理 link 閲覧・変更可", "請求書送付先 link 閲覧・変更可");
        assertThat(menusOf(KANRI))
                .containsExactly(
                        "契約情報 link " + userId,
                        "料金・明細 link " + userId,
                        "支払い方法 text 代表IDのみ操作できます",
                        "オプション text 申請権限が必要です",
                        "解約関連 text 申請権限が必要です",
                        "ユーザー管理 link " + userId,
                        "請求書送付先 text 代表IDのみ操作できます",
                        "通話明細 link 表示のたびに認証番号を確認します");
        assertThat(menusOf("shonin@shoji.example.jp"))
                .contains("料金・明細 link " + userId, "オプション text 申請権限が必要です", "ユーザー管理 text 管理権限が必要です");
        assertThat(menusOf("shinsei@shoji.example.jp"))
                .contains("オプション link " + userId, "解約関連 link " + userId, "ユーザー管理 text 管理権限が必要です");
        assertThat(menusOf("etsuran@shoji.example.jp"))
                .contains(
                        "料金・明細 link " + userId,
                        "オプション text 申請権限が必要です",
                        "ユーザー管理 text 管理権限が必要です",
                        "支払い方法 text 代表IDのみ操作できます");
    }

    @Test
    void aMemberWithoutTheManageRoleCannotOpenUserAdministrationByItsUrl() {
        LoginClient shonin = new LoginClient(fx.server());
        portal.signIn(shonin, "shonin@shoji.example.jp");
        LoginClient.Outcome refused = shonin.open(portal.url() + "/corporate");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.page().selectFirst("#error").text()).isEqualTo("管理権限が必要です");
    }

    @Test
    void aManagerCreatesAUserIdAndAsksForApproveWithAReasonAndTheRepresentativeApprovesIt() {
        CorporateSteps.Member member =
                steps.newMemberData(new CorporateSteps.Corporation(SHOJI, DAIHYO, DAIHYO_MOBILE), "portal");
        LoginClient kanri = new LoginClient(fx.server());
        Document top = portal.signIn(kanri, KANRI).page();
        Document members = kanri.open(
                        top.selectFirst("li[data-menu=USER_ADMINISTRATION] a").absUrl("href"))
                .page();
        assertThat(row(members, KANRI).selectFirst(".roles").text()).isEqualTo("管理");
        assertThat(row(members, KANRI).selectFirst(".state").text()).isEqualTo("有効");
        assertThat(row(members, DAIHYO).selectFirst(".ocn-id").text()).contains("代表ID");

        // Create: the API asks for a code first (step-up), then the portal completes the creation.
        Document form =
                kanri.open(members.selectFirst("a#new-member").absUrl("href")).page();
        LoginClient.Outcome asked = kanri.click(
                form,
                "create",
                Map.of(
                        "name", "試験 花子",
                        "ocnId", member.ocnId(),
                        "phone", member.phone(),
                        "role_view", "on",
                        "reason", "入社のため"));
        LoginClient.Outcome created = code(kanri, asked, KANRI_MOBILE);
        assertThat(created.page().selectFirst("#notice").text()).startsWith("利用者IDを作成しました。");
        Element newRow = row(created.page(), member.ocnId());
        assertThat(newRow.selectFirst(".name").text()).isEqualTo("試験 花子");
        assertThat(newRow.selectFirst(".roles").text()).isEqualTo("閲覧");
        assertThat(newRow.selectFirst(".last-sign-in").text()).isEqualTo("―");

        // Roles: apply with approve is refused (separation of duties), approve alone waits for a second administrator.
        Document rolesForm =
                kanri.open(newRow.selectFirst("a.change-roles").absUrl("href")).page();
        LoginClient.Outcome sod = kanri.click(
                rolesForm, "change-roles", Map.of("role_apply", "on", "role_approve", "on", "reason", "兼務"));
        assertThat(sod.status()).isEqualTo(409);
        assertThat(sod.page().selectFirst("#error").text()).startsWith("申請と承認の権限は同じ利用者IDに付与できません");
        LoginClient.Outcome pending =
                kanri.click(rolesForm, "change-roles", Map.of("role_approve", "on", "reason", "<b>承認担当</b>に任命"));
        assertThat(pending.page().selectFirst("#notice").text()).contains("承認待ち");
        assertThat(row(pending.page(), member.ocnId()).selectFirst(".roles").text())
                .as("not before the second administrator approves")
                .isEqualTo("閲覧");

        // The one who asked cannot approve it.
        Document kanriApprovals =
                kanri.open(portal.url() + "/corporate/approvals").page();
        Element request = approval(kanriApprovals, member.ocnId());
        LoginClient.Outcome own = kanri.click(kanriApprovals, "approve-" + request.attr("data-approval-id"), Map.of());
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.page().selectFirst("#error").text()).startsWith("ご自身が申請した権限変更");

        // The representative approves, after a code of its own.
        LoginClient daihyo = new LoginClient(fx.server());
        portal.signIn(daihyo, DAIHYO);
        Document approvals = daihyo.open(portal.url() + "/corporate/approvals").page();
        Element waiting = approval(approvals, member.ocnId());
        assertThat(waiting.selectFirst(".requested-by").text()).isEqualTo(KANRI);
        assertThat(waiting.selectFirst(".roles-after").text()).isEqualTo("閲覧・承認");
        assertThat(waiting.selectFirst(".reason").text()).isEqualTo("<b>承認担当</b>に任命");
        assertThat(waiting.select(".reason b")).as("escaped").isEmpty();
        LoginClient.Outcome approved = code(
                daihyo,
                daihyo.click(approvals, "approve-" + waiting.attr("data-approval-id"), Map.of()),
                DAIHYO_MOBILE);
        assertThat(approved.page().selectFirst("#notice").text()).startsWith("申請を承認しました。");
        assertThat(row(daihyo.open(portal.url() + "/corporate").page(), member.ocnId())
                        .selectFirst(".roles")
                        .text())
                .isEqualTo("閲覧・承認");

        // The audit log, newest first, and its CSV.
        Document audit = daihyo.open(portal.url() + "/corporate/audit").page();
        Element newest = audit.selectFirst("#audit tr.entry");
        assertThat(newest.selectFirst(".action").text()).isEqualTo("承認");
        assertThat(newest.selectFirst(".actor").text()).isEqualTo(DAIHYO);
        assertThat(newest.selectFirst(".target").text()).isEqualTo(member.ocnId());
        assertThat(newest.selectFirst(".result").text()).isEqualTo("完了");
        List<Element> aboutTheMember = audit.select("#audit tr.entry").stream()
                .filter(e -> e.selectFirst(".target").text().equals(member.ocnId()))
                .toList();
        assertThat(aboutTheMember.stream()
                        .map(e -> e.selectFirst(".action").text() + " "
                                + e.selectFirst(".result").text()))
                .containsSubsequence("承認 完了", "承認 本人による承認は不可", "権限の変更 承認待ち", "権限の変更 職務分掌により不可", "利用者IDの作成 完了");
        assertThat(aboutTheMember).anySatisfy(e -> assertThat(e.selectFirst(".result")
                                .text() + " " + e.selectFirst(".reason").text())
                .isEqualTo("承認待ち <b>承認担当</b>に任命"));
        LoginClient.Outcome csv = daihyo.open(audit.selectFirst("a#audit-csv").absUrl("href"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFtime,actor,target,action").contains(member.ocnId());
    }

    @Test
    void aFormPostedWithoutTheSessionsCsrfTokenChangesNothing() {
        CorporateSteps.Member member =
                steps.newMemberData(new CorporateSteps.Corporation(SHOJI, DAIHYO, DAIHYO_MOBILE), "forged");
        LoginClient kanri = new LoginClient(fx.server());
        portal.signIn(kanri, KANRI);
        Document form = kanri.open(portal.url() + "/corporate/new").page();
        LoginClient.Outcome forged = kanri.post(
                form,
                "form#create-member",
                Map.of(
                        "csrf", "forged",
                        "name", "攻撃 者",
                        "ocnId", member.ocnId(),
                        "phone", member.phone(),
                        "role_manage", "on",
                        "reason", "x"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(kanri.open(portal.url() + "/corporate").page().select("tr[data-ocn-id=\"" + member.ocnId() + "\"]"))
                .isEmpty();
        assertThat(fx.admin().get("/users?exact=true&username=" + JsonHttp.enc(member.ocnId())))
                .as("no such user")
                .isEmpty();
    }

    private List<String> menusOf(String ocnId) {
        return PortalUnderTest.menus(
                portal.signIn(new LoginClient(fx.server()), ocnId).page());
    }

    /** Answers the login server's code step (SMS to the member's own mobile); returns the portal page after it. */
    private LoginClient.Outcome code(LoginClient browser, LoginClient.Outcome choice, String mobileE164) {
        assertThat(choice.page().selectFirst(CodeSteps.CHOOSE))
                .as("the change asks for a code first: " + choice.page().title())
                .isNotNull();
        String target = choice.page().select("input[name=target]").eachAttr("value").stream()
                .filter(v -> v.endsWith(":SMS"))
                .findFirst()
                .orElseThrow();
        return CodeSteps.answerWithCode(browser, choice, target, fx.twilio(), mobileE164);
    }

    private static Element row(Document members, String ocnId) {
        Element row = members.selectFirst("#members tr[data-ocn-id=\"" + ocnId + "\"]");
        assertThat(row)
                .as(ocnId + " listed on " + members.title() + ": " + members.text())
                .isNotNull();
        return row;
    }

    private static Element approval(Document approvals, String ocnId) {
        return approvals.select("#approvals tr.approval").stream()
                .filter(r -> r.selectFirst(".target").text().equals(ocnId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no approval for " + ocnId + ": " + approvals.text()));
    }
}
