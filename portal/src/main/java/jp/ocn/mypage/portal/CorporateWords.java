package jp.ocn.mypage.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Japanese words of the corporate administration pages: roles (design.md: 閲覧/申請/承認/管理), states, audit
 * actions and results, notices after a change, and the API's refusals (never its English descriptions).
 */
final class CorporateWords {

    /** API role names in the order the pages list them. */
    static final Map<String, String> ROLES = roles();

    static final Map<String, String> STATES = Map.of("active", "有効", "locked", "ロック中", "disabled", "無効");

    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("create", "利用者IDの作成"),
            Map.entry("roles", "権限の変更"),
            Map.entry("deputy", "代行承認者の設定"),
            Map.entry("deputy_ended", "代行承認の終了"),
            Map.entry("disable", "利用停止"),
            Map.entry("approve", "承認"),
            Map.entry("reject", "却下"),
            Map.entry("members_read", "利用者一覧の閲覧"),
            Map.entry("approvals_read", "承認待ち一覧の閲覧"),
            Map.entry("audit_read", "監査ログの閲覧"),
            Map.entry("access", "アクセス"));

    static final Map<String, String> RESULTS = Map.ofEntries(
            Map.entry("success", "完了"),
            Map.entry("pending", "承認待ち"),
            Map.entry("step_up_required", "認証番号の確認が必要"),
            Map.entry("forbidden", "権限なし"),
            Map.entry("not_found", "対象外"),
            Map.entry("separation_of_duties", "職務分掌により不可"),
            Map.entry("self_approval", "本人による承認は不可"),
            Map.entry("representative_protected", "代表IDは変更不可"),
            Map.entry("already_decided", "処理済み"),
            Map.entry("stale_request", "申請後に変更あり"));

    /** Notices after a change, by code (the query string carries only the code). */
    static final Map<String, String> NOTICES = Map.of(
            "created", "利用者IDを作成しました。招待メールでパスワードの設定をご案内しています。",
            "created_no_mail", "利用者IDを作成しましたが、招待メールを送信できませんでした。",
            "created_pending", "利用者IDを作成しました。承認・管理の権限は承認待ちです（代表IDまたは別の管理者の承認後に付与されます）。",
            "roles_applied", "権限を変更しました。",
            "roles_pending", "権限の変更を申請しました。承認待ちです（代表IDまたは別の管理者の承認後に反映されます）。",
            "approved", "申請を承認しました。権限の変更を反映しました。",
            "rejected", "申請を却下しました。");

    /** The API's refusals in Japanese, by its error code. */
    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("forbidden", "この操作には管理権限が必要です。"),
            Map.entry("not_found", "対象が見つかりません。"),
            Map.entry("separation_of_duties", "申請と承認の権限は同じ利用者IDに付与できません。申請者と承認者は別の方にしてください（職務分掌）。"),
            Map.entry("self_approval", "ご自身が申請した権限変更、またはご自身が対象の権限変更は承認できません。別の管理者が承認してください。"),
            Map.entry("representative_protected", "代表IDの権限は変更できません。"),
            Map.entry("ocn_id_taken", "このOCN IDはすでに使われています。"),
            Map.entry("already_decided", "この申請はすでに承認または却下されています。"),
            Map.entry("stale_request", "申請の後に対象の利用者IDの権限が変わったため、この申請は承認できません。"),
            Map.entry("self_disable", "ご自身の利用者IDは停止できません。"),
            Map.entry("step_up", "認証番号による確認ができませんでした。もう一度お試しください。"));

    private static final DateTimeFormatter JST =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private CorporateWords() {}

    /** What to tell the user about a refused call: by error code, a 400's field, or a general message. */
    static String refusal(int status, String error, String description) {
        String known = ERRORS.get(error);
        if (known != null) {
            return known;
        }
        if (status == 400) {
            return badInput(description);
        }
        if (status == 403) {
            return ERRORS.get("forbidden");
        }
        if (status == 404) {
            return ERRORS.get("not_found");
        }
        return "処理できませんでした。しばらくしてからお試しください。";
    }

    // The API names the field first in its description ("phone must be …", "reason is required").
    private static String badInput(String description) {
        String d = description == null ? "" : description;
        if (d.startsWith("phone")) {
            return "携帯電話番号（070・080・090で始まる番号）を入力してください。";
        }
        if (d.startsWith("ocnId")) {
            return "OCN ID（メールアドレス）を正しく入力してください。";
        }
        if (d.startsWith("name")) {
            return "氏名を入力してください（100文字以内）。";
        }
        if (d.startsWith("reason")) {
            return "理由を入力してください（500文字以内）。";
        }
        if (d.startsWith("roles") || d.startsWith("Unknown role")) {
            return "権限を選んでください。";
        }
        return "入力内容を確認してください。";
    }

    /** API role names as the pages show them, e.g. 閲覧・承認 ({@code なし} for none). */
    static String roles(Object apiRoles) {
        List<String> names = new ArrayList<>();
        if (apiRoles instanceof List<?> list) {
            ROLES.forEach((api, label) -> {
                if (list.contains(api)) {
                    names.add(label);
                }
            });
        } else if (apiRoles instanceof String csv && !csv.isBlank()) {
            return roles(List.of(csv.split(",")));
        }
        return names.isEmpty() ? "なし" : String.join("・", names);
    }

    /** An ISO-8601 instant as JST {@code yyyy/MM/dd HH:mm}; empty for none. */
    static String time(Object iso) {
        if (!(iso instanceof String s) || s.isBlank()) {
            return "";
        }
        try {
            return JST.format(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    static String word(Map<String, String> words, Object code) {
        String c = code == null ? "" : code.toString();
        return words.getOrDefault(c, c);
    }

    private static Map<String, String> roles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("view", "閲覧");
        m.put("apply", "申請");
        m.put("approve", "承認");
        m.put("manage", "管理");
        return java.util.Collections.unmodifiableMap(m);
    }
}
