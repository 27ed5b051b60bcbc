package jp.ocn.mypage.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.CorporateMembership;
import org.junit.jupiter.api.Test;

class CorporatePagesTest {

    private static final CorporateMembership SHOJI =
            new CorporateMembership("N678901234", "株式会社<i>サンプル</i>商事", Set.of(), false, Optional.empty());

    @Test
    void membersShowRolesStatesAndTimesInJapaneseAndEscapeWhatTheApiSent() {
        String page = CorporatePages.members(
                SHOJI,
                List.of(Map.of(
                        "ocnId", "a\"><script>@example.jp",
                        "name", "<b>山田</b>",
                        "roles", List.of("manage", "view"),
                        "representative", false,
                        "state", "locked",
                        "lastSignIn", "2026-12-01T03:00:00Z")),
                null);
        assertThat(page)
                .contains("&lt;b&gt;山田&lt;/b&gt;", "a&quot;&gt;&lt;script&gt;@example.jp", "&lt;i&gt;サンプル")
                .contains("閲覧・管理", "ロック中", "2026/12/01 12:00")
                .doesNotContain("<script>", "<b>山田");
    }

    @Test
    void everyFormCarriesTheSessionsCsrfToken() {
        String approvals = CorporatePages.approvals(
                "tok\"en",
                List.of(Map.of("id", "a-1", "ocnId", "x@example.jp", "rolesAfter", List.of("approve"))),
                null,
                null);
        assertThat(approvals).contains("name=\"csrf\" value=\"tok&quot;en\"");
        assertThat(CorporatePages.createForm("t", null, null)).contains("name=\"csrf\" value=\"t\"");
        assertThat(CorporatePages.rolesForm("t", Map.of("ocnId", "x@example.jp"), null, null))
                .contains("name=\"csrf\" value=\"t\"");
    }

    @Test
    void refusalsOfTheApiAreToldInJapaneseNeverInItsEnglish() {
        assertThat(CorporateWords.refusal(409, "separation_of_duties", "Nobody may hold apply and approve at once"))
                .startsWith("申請と承認の権限は同じ利用者IDに付与できません");
        assertThat(CorporateWords.refusal(400, "invalid_request", "phone must be a Japanese mobile number"))
                .startsWith("携帯電話番号");
        assertThat(CorporateWords.refusal(500, "", "java.lang.NullPointerException at ..."))
                .isEqualTo("処理できませんでした。しばらくしてからお試しください。");
    }
}
