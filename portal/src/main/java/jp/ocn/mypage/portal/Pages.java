package jp.ocn.mypage.portal;

import java.time.Instant;
import java.util.List;
import jp.ocn.mypage.sdk.decision.Menu;
import jp.ocn.mypage.sdk.decision.MenuDecision;
import jp.ocn.mypage.sdk.decision.MenuPolicy;
import jp.ocn.mypage.sdk.principal.Contract;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/** The portal's server-rendered pages (Japanese; words from design.md's demo portal contract and seed 000). */
final class Pages {

    private Pages() {}

    static String welcome(String notice) {
        return layout(
                "OCN マイページ",
                notice(notice)
                        + "<p>契約内容や利用料金の確認、支払い方法の変更などを行うにはログインしてください。</p>"
                        + "<p><a id=\"login\" class=\"button\" href=\"/login\">ログイン</a></p>");
    }

    static String top(PortalSessions.Session session, Instant now, String notice) {
        MyPagePrincipal p = session.principal();
        StringBuilder b = new StringBuilder(notice(notice));
        b.append("<p id=\"who\">").append(esc(p.ocnId())).append(" さん</p>");
        p.corporate().ifPresent(c -> b.append("<p id=\"corporation\">法人契約: ")
                .append(esc(c.name()))
                .append(c.representative() ? "（代表ID）" : "（利用者ID）")
                .append("</p>"));
        b.append("<h2>ご契約</h2>");
        if (p.contracts().isEmpty() && p.isCorporate()) {
            // A user ID (利用者ID) works within its corporation's contract; it has none of its own.
            b.append("<p id=\"corporate-contract\">法人契約（お客さま番号 ")
                    .append(esc(p.corporate().get().customerNumber()))
                    .append("）の利用者IDです。</p>");
        } else if (p.contracts().isEmpty()) {
            b.append("<p id=\"no-contract\">お客さま番号が登録されていないため、ご契約を表示できません。</p>");
        } else {
            b.append("<table id=\"contracts\"><tr><th>お客さま番号</th><th>サービス</th><th>状態</th></tr>");
            for (Contract c : p.contracts()) {
                b.append("<tr><td>")
                        .append(esc(c.customerNumber()))
                        .append("</td><td>")
                        .append(esc(c.service()))
                        .append("</td><td>")
                        .append(esc(c.status().label()))
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        if (p.accountStatus() == ContractStatus.UNREGISTERED && !p.isCorporate()) {
            b.append("<section id=\"link-offer\"><h2>お客さま番号の登録</h2>")
                    .append("<p>お客さま番号を登録すると、ご契約の情報や料金・明細をご覧いただけます。</p>")
                    .append("<p><a id=\"link-customer\" class=\"button\" href=\"/link\">お客さま番号を登録する</a></p>")
                    .append("</section>");
        }
        b.append(
                p.daccountLinked()
                        ? "<p id=\"daccount\">dアカウント: 連携済み <a id=\"daccount-unlink\" href=\"/daccount/unlink\">連携を解除する</a></p>"
                        : "<p id=\"daccount\"><a id=\"daccount-link\" href=\"/daccount/link\">dアカウントと連携する</a></p>");
        b.append("<h2>メニュー</h2><ul id=\"menus\">");
        List<MenuDecision> menus = MenuPolicy.menusFor(p, now);
        for (MenuDecision d : menus) {
            String href = d.menu() == Menu.USER_ADMINISTRATION
                    ? "/corporate"
                    : "/menu/" + d.menu().name();
            b.append(menuItem(d.menu().name(), d.menu().label(), href, d));
        }
        MenuDecision billing = MenuPolicy.decide(p, Menu.BILLING, now);
        MenuDecision callDetails = new MenuDecision(
                Menu.BILLING, billing.allowed(), billing.allowed() ? "表示のたびに認証番号を確認します" : billing.note());
        b.append(menuItem("CALL_DETAILS", "通話明細", "/call-details", callDetails));
        b.append("</ul>");
        b.append("<form id=\"logout-form\" method=\"post\" action=\"/logout\">")
                .append("<input type=\"hidden\" name=\"csrf\" value=\"")
                .append(esc(session.csrf()))
                .append("\"><button id=\"logout\" type=\"submit\">ログアウト</button></form>");
        return layout("OCN マイページ", b.toString());
    }

    private static String menuItem(String id, String label, String href, MenuDecision d) {
        StringBuilder b = new StringBuilder("<li class=\"menu ")
                .append(d.allowed() ? "open" : "closed")
                .append("\" data-menu=\"")
                .append(id)
                .append("\">");
        if (d.allowed()) {
            b.append("<a href=\"").append(href).append("\">").append(esc(label)).append("</a>");
        } else {
            b.append("<span class=\"label\">").append(esc(label)).append("</span>");
        }
        return b.append(" <span class=\"note\">")
                .append(esc(d.note()))
                .append("</span></li>")
                .toString();
    }

    static String menu(MenuDecision d) {
        return layout(
                d.menu().label(),
                "<p id=\"menu-note\">" + esc(d.note()) + "</p>"
                        + "<p>（デモ: この画面は各 MyPage モジュールが提供します）</p>"
                        + "<p><a href=\"/\">トップへ戻る</a></p>");
    }

    static String callDetails(MyPagePrincipal p) {
        return layout(
                "通話明細",
                "<p id=\"call-details-who\">" + esc(p.ocnId()) + " さんの通話明細（デモ）</p>"
                        + "<table id=\"calls\"><tr><th>日時</th><th>相手先</th><th>通話時間</th></tr>"
                        + "<tr><td>2026/11/28 10:12</td><td>03-****-1234</td><td>00:03:21</td></tr></table>"
                        + "<p>通話明細は表示のたびに認証番号を確認します。</p>"
                        + "<p><a href=\"/\">トップへ戻る</a></p>");
    }

    static String error(String message) {
        return layout("エラー", "<p id=\"error\">" + esc(message) + "</p><p><a href=\"/\">トップへ戻る</a></p>");
    }

    static String notice(String notice) {
        return notice == null ? "" : "<p id=\"notice\" class=\"notice\">" + esc(notice) + "</p>";
    }

    static String layout(String title, String body) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + esc(title)
                + "</title><style>body{font-family:sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}"
                + ".closed .label{color:#777}.note{color:#555;font-size:.9em}.notice{background:#eef;padding:.5rem}"
                + "li{margin:.4rem 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem}"
                + "</style></head><body><header><h1>"
                + esc(title)
                + "</h1></header><main>"
                + body
                + "</main></body></html>";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
