package jp.ocn.mypage.portal;

import java.util.Map;

/**
 * What a corporate administrator asked the portal to do, kept while the login server asks for a code (or a new
 * sign-in): the API call and the fields typed, so the portal completes it afterwards or shows the form again.
 *
 * @param path below {@code corporations/{cn}} for API calls; the portal page to go back to for {@link Kind#REVISIT}
 */
record CorporateAction(Kind kind, String method, String path, Map<String, Object> body, Map<String, String> typed) {

    enum Kind {
        CREATE,
        ROLES,
        DECIDE,
        /** A page that only read: come back to it. */
        REVISIT
    }

    CorporateAction {
        body = body == null ? null : Map.copyOf(body);
        typed = typed == null ? Map.of() : Map.copyOf(typed);
    }

    static CorporateAction revisit(String portalPath) {
        return new CorporateAction(Kind.REVISIT, "GET", portalPath, null, null);
    }

    String typed(String field) {
        return typed.getOrDefault(field, "");
    }
}
