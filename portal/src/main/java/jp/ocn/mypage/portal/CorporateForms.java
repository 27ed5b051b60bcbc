package jp.ocn.mypage.portal;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the ユーザー管理 forms sent, trimmed, and the role boxes ticked. */
final class CorporateForms {

    private CorporateForms() {}

    static Map<String, String> typed(Context ctx, String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : fields) {
            typed.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("").strip());
        }
        for (String role : CorporateWords.ROLES.keySet()) {
            if ("on".equals(ctx.formParam("role_" + role))) {
                typed.put("role_" + role, "on");
            }
        }
        return typed;
    }

    static List<String> roles(Map<String, String> typed) {
        List<String> roles = new ArrayList<>();
        for (String role : CorporateWords.ROLES.keySet()) {
            if ("on".equals(typed.get("role_" + role))) {
                roles.add(role);
            }
        }
        return roles;
    }

    static Optional<Map<String, Object>> find(CorporateApi.Answer members, String ocnId) {
        return members.list("members").stream()
                .filter(m -> ocnId.equalsIgnoreCase(String.valueOf(m.get("ocnId"))))
                .findFirst();
    }
}
