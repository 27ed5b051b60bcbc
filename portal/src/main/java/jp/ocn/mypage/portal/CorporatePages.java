package jp.ocn.mypage.portal;

import static jp.ocn.mypage.portal.Pages.esc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.CorporateMembership;

/**
 * The corporate administration pages (ユーザー管理): members, a new user ID, a member's roles, approvals, audit log.
 * Plain forms that work without JavaScript; every value shown is escaped; every form carries the session's CSRF token.
 */
final class CorporatePages {

    private CorporatePages() {}

    static String members(CorporateMembership corp, List<Map<String, Object>> members, String notice) {
        StringBuilder b = new StringBuilder(Pages.notice(notice));
        b.append("<p id=\"corporation\">")
                .append(esc(corp.name()))
                .append("（お客さま番号 ")
                .append(esc(corp.customerNumber()))
                .append("）</p>")
                .append(nav());
        b.append("<table id=\"members\"><tr><th>氏名</th><th>OCN ID</th><th>権限</th><th>状態</th>")
                .append("<th>最終ログイン</th><th>代行承認の期限</th><th></th></tr>");
        for (Map<String, Object> m : members) {
            String ocnId = str(m.get("ocnId"));
            boolean representative = Boolean.TRUE.equals(m.get("representative"));
            b.append("<tr class=\"member\" data-ocn-id=\"")
                    .append(esc(ocnId))
                    .append("\"><td class=\"name\">")
                    .append(esc(str(m.get("name"))))
                    .append("</td><td class=\"ocn-id\">")
                    .append(esc(ocnId))
                    .append(representative ? "（代表ID）" : "（利用者ID）")
                    .append("</td><td class=\"roles\">")
                    .append(esc(CorporateWords.roles(m.get("roles"))))
                    .append("</td><td class=\"state\">")
                    .append(esc(CorporateWords.word(CorporateWords.STATES, m.get("state"))))
                    .append("</td><td class=\"last-sign-in\">")
                    .append(esc(orNone(CorporateWords.time(m.get("lastSignIn")))))
                    .append("</td><td class=\"deputy-until\">")
                    .append(esc(orNone(CorporateWords.time(m.get("deputyUntil")))))
                    .append("</td><td>");
            if (!representative) {
                b.append("<a class=\"change-roles\" href=\"/corporate/member?ocnId=")
                        .append(esc(CorporateApi.segment(ocnId)))
                        .append("\">権限を変更</a>");
            }
            b.append("</td></tr>");
        }
        b.append("</table>");
        return Pages.layout("ユーザー管理", b.toString());
    }

    static String createForm(String csrf, CorporateAction typed, String error) {
        StringBuilder b = new StringBuilder(error(error)).append(nav());
        b.append("<form id=\"create-member\" method=\"post\" action=\"/corporate/members\">")
                .append(csrf(csrf))
                .append(field("name", "氏名", "text", typed))
                .append(field("ocnId", "OCN ID（メールアドレス）", "email", typed))
                .append(field("phone", "携帯電話番号（認証番号の送信先）", "tel", typed))
                .append(roleBoxes(Set.of(), typed))
                .append(field("reason", "理由", "text", typed))
                .append("<p><button id=\"create\" type=\"submit\">作成する</button></p></form>")
                .append("<p class=\"note\">承認・管理の権限は、代表ID以外が付与すると別の管理者の承認後に付与されます。</p>");
        return Pages.layout("利用者IDの作成", b.toString());
    }

    static String rolesForm(String csrf, Map<String, Object> member, CorporateAction typed, String error) {
        String ocnId = str(member.get("ocnId"));
        Set<String> current = typed == null ? roleSet(member.get("roles")) : Set.of();
        StringBuilder b = new StringBuilder(error(error)).append(nav());
        b.append("<p id=\"member\">")
                .append(esc(str(member.get("name"))))
                .append("（")
                .append(esc(ocnId))
                .append("）現在の権限: <span id=\"current-roles\">")
                .append(esc(CorporateWords.roles(member.get("roles"))))
                .append("</span></p>");
        b.append("<form id=\"roles-form\" method=\"post\" action=\"/corporate/roles\">")
                .append(csrf(csrf))
                .append("<input type=\"hidden\" name=\"ocnId\" value=\"")
                .append(esc(ocnId))
                .append("\">")
                .append(roleBoxes(current, typed))
                .append(field("reason", "理由", "text", typed))
                .append("<p><button id=\"change-roles\" type=\"submit\">権限を変更する</button></p></form>")
                .append("<p class=\"note\">申請と承認の権限は同じ利用者IDに付与できません。")
                .append("承認・管理の権限は、代表ID以外が付与すると別の管理者の承認後に反映されます。</p>");
        return Pages.layout("権限の変更", b.toString());
    }

    static String approvals(String csrf, List<Map<String, Object>> approvals, String notice, String error) {
        StringBuilder b =
                new StringBuilder(Pages.notice(notice)).append(error(error)).append(nav());
        if (approvals.isEmpty()) {
            b.append("<p id=\"no-approvals\">承認待ちの申請はありません。</p>");
            return Pages.layout("承認待ちの申請", b.toString());
        }
        b.append("<table id=\"approvals\"><tr><th>対象</th><th>申請者</th><th>変更前</th><th>変更後</th>")
                .append("<th>理由</th><th>申請日時</th><th></th></tr>");
        for (Map<String, Object> a : approvals) {
            String id = str(a.get("id"));
            b.append("<tr class=\"approval\" data-approval-id=\"")
                    .append(esc(id))
                    .append("\"><td class=\"target\">")
                    .append(esc(str(a.get("ocnId"))))
                    .append("</td><td class=\"requested-by\">")
                    .append(esc(str(a.get("requestedBy"))))
                    .append("</td><td class=\"roles-before\">")
                    .append(esc(CorporateWords.roles(a.get("rolesBefore"))))
                    .append("</td><td class=\"roles-after\">")
                    .append(esc(CorporateWords.roles(a.get("rolesAfter"))))
                    .append("</td><td class=\"reason\">")
                    .append(esc(str(a.get("reason"))))
                    .append("</td><td>")
                    .append(esc(CorporateWords.time(a.get("requestedAt"))))
                    .append("</td><td><form method=\"post\" action=\"/corporate/approvals/decide\">")
                    .append(csrf(csrf))
                    .append("<input type=\"hidden\" name=\"id\" value=\"")
                    .append(esc(id))
                    .append("\"><button id=\"approve-")
                    .append(esc(id))
                    .append("\" type=\"submit\" name=\"decision\" value=\"approve\">承認する</button> ")
                    .append("<button id=\"reject-")
                    .append(esc(id))
                    .append("\" type=\"submit\" name=\"decision\" value=\"reject\">却下する</button></form></td></tr>");
        }
        b.append("</table>");
        return Pages.layout("承認待ちの申請", b.toString());
    }

    static String audit(List<Map<String, Object>> entries) {
        StringBuilder b = new StringBuilder(nav());
        b.append("<p><a id=\"audit-csv\" href=\"/corporate/audit.csv\">CSVでダウンロード</a>（UTF-8、Excel対応）</p>");
        b.append("<table id=\"audit\"><tr><th>日時</th><th>操作者</th><th>対象</th><th>操作</th><th>変更前</th>")
                .append("<th>変更後</th><th>理由</th><th>結果</th><th>リクエストID</th></tr>");
        for (Map<String, Object> e : entries) {
            b.append("<tr class=\"entry\"><td class=\"time\">")
                    .append(esc(CorporateWords.time(e.get("time"))))
                    .append("</td><td class=\"actor\">")
                    .append(esc(str(e.get("actor"))))
                    .append("</td><td class=\"target\">")
                    .append(esc(str(e.get("target"))))
                    .append("</td><td class=\"action\">")
                    .append(esc(CorporateWords.word(CorporateWords.ACTIONS, e.get("action"))))
                    .append("</td><td class=\"roles-before\">")
                    .append(esc(CorporateWords.roles(e.get("rolesBefore"))))
                    .append("</td><td class=\"roles-after\">")
                    .append(esc(CorporateWords.roles(e.get("rolesAfter"))))
                    .append("</td><td class=\"reason\">")
                    .append(esc(str(e.get("reason"))))
                    .append("</td><td class=\"result\">")
                    .append(esc(CorporateWords.word(CorporateWords.RESULTS, e.get("result"))))
                    .append("</td><td class=\"request-id\">")
                    .append(esc(str(e.get("requestId"))))
                    .append("</td></tr>");
        }
        b.append("</table>");
        return Pages.layout("監査ログ", b.toString());
    }

    private static String nav() {
        return "<nav id=\"corporate-nav\"><a href=\"/corporate\">利用者一覧</a> | "
                + "<a id=\"new-member\" href=\"/corporate/new\">利用者IDの作成</a> | "
                + "<a id=\"approvals-link\" href=\"/corporate/approvals\">承認待ちの申請</a> | "
                + "<a id=\"audit-link\" href=\"/corporate/audit\">監査ログ</a> | <a href=\"/\">トップへ戻る</a></nav>";
    }

    private static String roleBoxes(Set<String> checked, CorporateAction typed) {
        StringBuilder b = new StringBuilder("<fieldset id=\"roles\"><legend>権限</legend>");
        CorporateWords.ROLES.forEach((api, label) -> {
            boolean on = typed == null ? checked.contains(api) : "on".equals(typed.typed("role_" + api));
            b.append("<label><input type=\"checkbox\" id=\"role_")
                    .append(api)
                    .append("\" name=\"role_")
                    .append(api)
                    .append("\" value=\"on\"")
                    .append(on ? " checked" : "")
                    .append("> ")
                    .append(label)
                    .append("</label> ");
        });
        return b.append("</fieldset>").toString();
    }

    private static String field(String name, String label, String type, CorporateAction typed) {
        return "<p><label for=\"" + name + "\">" + esc(label) + "</label><br><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" value=\"" + esc(typed == null ? "" : typed.typed(name)) + "\"></p>";
    }

    private static String csrf(String token) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(token) + "\">";
    }

    private static String error(String error) {
        return error == null ? "" : "<p id=\"error\" class=\"error\" role=\"alert\">" + esc(error) + "</p>";
    }

    private static Set<String> roleSet(Object roles) {
        return roles instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet())
                : Set.of();
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "―" : s;
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
