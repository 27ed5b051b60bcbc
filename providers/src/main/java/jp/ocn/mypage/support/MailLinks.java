package jp.ocn.mypage.support;

import java.text.Normalizer;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/** What the required actions that mail a confirmation link to a typed address share. */
public final class MailLinks {

    private MailLinks() {}

    /** NFKC (full-width to half-width), trimmed, lower-cased, as login IDs are; over-long input is empty. */
    public static String normaliseAddress(String typed) {
        if (typed == null || typed.length() > 1000) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Keycloak's action-token link for this sign-in's client and tab: it works when opened in another browser
     * (the token carries everything), and in this one it returns to the same tab.
     */
    public static String actionLink(RequiredActionContext context, DefaultActionToken token, String clientId) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        return Urls.actionTokenBuilder(
                        context.getUriInfo().getBaseUri(),
                        token.serialize(context.getSession(), context.getRealm(), context.getUriInfo()),
                        clientId,
                        auth.getTabId(),
                        AuthenticationProcessor.getClientData(context.getSession(), auth))
                .build(context.getRealm().getName())
                .toString();
    }
}
