package jp.ocn.mypage.systemerror;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.theme.FreeMarkerException;
import org.keycloak.theme.Theme;
import org.keycloak.theme.beans.MessageBean;
import org.keycloak.theme.freemarker.FreeMarkerProvider;

/**
 * Keycloak's template engine with one addition: an error page of the login theme for an unexpected error (HTTP 500
 * from Keycloak's error handler, or the "unexpected error" page of a failed authentication flow) gets a reference
 * code ({@code mypageReference}) that is also logged and recorded as an event. Rendering itself is Keycloak's.
 */
final class ReferencedErrorPages implements FreeMarkerProvider {

    static final String ATTRIBUTE = "mypageReference";
    /** Keycloak's messages for errors nobody planned for (authentication flow, identity provider, generic). */
    private static final Set<String> UNEXPECTED = Set.of(
            "internalServerError",
            "unexpectedErrorHandlingRequestMessage",
            "unexpectedErrorHandlingResponseMessage",
            "unexpectedErrorMessage");

    private final KeycloakSession session;
    private final FreeMarkerProvider keycloaks;

    ReferencedErrorPages(KeycloakSession session, FreeMarkerProvider keycloaks) {
        this.session = session;
        this.keycloaks = keycloaks;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String processTemplate(Object data, String templateName, Theme theme) throws FreeMarkerException {
        if ("error.ftl".equals(templateName)
                && theme.getType() == Theme.Type.LOGIN
                && data instanceof Map<?, ?> attributes
                && !attributes.containsKey(ATTRIBUTE)
                && unexpected(attributes, theme)) {
            Map<String, Object> withCode = new HashMap<>((Map<String, Object>) attributes);
            withCode.put(ATTRIBUTE, SystemErrorReference.record(session, attributes.get("statusCode")));
            return keycloaks.processTemplate(withCode, templateName, theme);
        }
        return keycloaks.processTemplate(data, templateName, theme);
    }

    private boolean unexpected(Map<?, ?> attributes, Theme theme) {
        if (Integer.valueOf(500).equals(attributes.get("statusCode"))) {
            return true;
        }
        if (!(attributes.get("message") instanceof MessageBean message) || message.getSummary() == null) {
            return false;
        }
        try {
            Locale locale = session.getContext().resolveLocale(null);
            var texts = theme.getMessages(locale);
            return UNEXPECTED.stream().anyMatch(key -> message.getSummary().equals(texts.getProperty(key)));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        keycloaks.close();
    }
}
