package jp.ocn.mypage.systemerror;

import java.security.SecureRandom;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import org.jboss.logging.Logger;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * A short reference code for one unexpected error a user saw: written to the server log and to a login event, and
 * shown on the page, so support finds the log line (and the stack trace Keycloak logged just before it, on the same
 * thread) from the code a customer reads out.
 */
final class SystemErrorReference {

    private static final Logger LOG = Logger.getLogger(SystemErrorReference.class);
    /** Crockford's base 32 without I, L, O, U: easy to read out on the phone. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    private SystemErrorReference() {}

    /** A new code like {@code E-7K2M-9QXD}. */
    static String next() {
        StringBuilder code = new StringBuilder("E-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Logs the code with what the user asked for and records it as an event of the realm, when there is one. */
    static String record(KeycloakSession session, Object status) {
        String code = next();
        String path = session.getContext().getUri() == null
                ? "?"
                : session.getContext().getUri().getPath();
        LOG.errorf(
                "MyPage system error %s: status %s on %s (see the error logged before on this thread)",
                code, status, path);
        RealmModel realm = session.getContext().getRealm();
        if (realm != null) {
            new EventBuilder(realm, session, session.getContext().getConnection())
                    .event(EventType.LOGIN_ERROR)
                    .detail(MyPageDetails.SYSTEM_ERROR_REFERENCE, code)
                    .error(MyPageErrors.SYSTEM_ERROR);
        }
        return code;
    }
}
