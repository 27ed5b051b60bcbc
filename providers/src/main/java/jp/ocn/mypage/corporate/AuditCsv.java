package jp.ocn.mypage.corporate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit log as JSON entries (ISO-8601 times) and as CSV: UTF-8 with a BOM, so that Excel reads Japanese right. */
final class AuditCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "time,actor,target,action,rolesBefore,rolesAfter,reason,result,requestId";

    private AuditCsv() {}

    static List<Map<String, String>> json(List<AuditEntry> entries) {
        return entries.stream().map(AuditCsv::fields).toList();
    }

    static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (AuditEntry e : entries) {
            csv.append(String.join(
                            ",", fields(e).values().stream().map(AuditCsv::cell).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static Map<String, String> fields(AuditEntry e) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("time", Instant.ofEpochMilli(e.time()).toString());
        f.put("actor", e.actor());
        f.put("target", e.target());
        f.put("action", e.action());
        f.put("rolesBefore", e.rolesBefore());
        f.put("rolesAfter", e.rolesAfter());
        f.put("reason", e.reason());
        f.put("result", e.result());
        f.put("requestId", e.requestId());
        return f;
    }

    /**
     * RFC 4180 quoting; a cell a spreadsheet would run as a formula (a reason typed as {@code =HYPERLINK(...)}) is
     * prefixed with an apostrophe, so opening the export never runs what a member typed.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
