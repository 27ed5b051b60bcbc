package jp.ocn.mypage.password.legacy;

import java.util.function.BooleanSupplier;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * A stored legacy hash that was refused at sign-in: one log line for operators (the credential's ID, never the hash)
 * and the reason on the sign-in's own event. The login form lends its event for the password check
 * ({@link #reportingTo}); a check outside it (e.g. a password grant) gets an event of its own.
 */
public final class LegacyHashProblems {

    private static final Logger LOG = Logger.getLogger(LegacyHashProblems.class);
    private static final String FLOW_EVENT = LegacyHashProblems.class.getName() + ".event";

    private LegacyHashProblems() {}

    /** Runs a password check whose legacy-hash refusals are written onto {@code flowEvent}. */
    public static boolean reportingTo(KeycloakSession session, EventBuilder flowEvent, BooleanSupplier check) {
        session.setAttribute(FLOW_EVENT, flowEvent);
        try {
            return check.getAsBoolean();
        } finally {
            session.removeAttribute(FLOW_EVENT);
        }
    }

    static void report(
            KeycloakSession session, String algorithm, PasswordCredentialModel credential, LegacyHashException e) {
        LOG.warnf(
                "MyPage legacy password hash refused at sign-in: algorithm=%s problem=%s credential=%s: %s",
                algorithm, e.kind().code(), credential.getId(), e.getMessage());
        EventBuilder flowEvent = session.getAttribute(FLOW_EVENT, EventBuilder.class);
        if (flowEvent != null) {
            flowEvent.detail(MyPageDetails.LEGACY_HASH, e.kind().code()).detail(Details.REASON, e.getMessage());
            return;
        }
        RealmModel realm = session.getContext().getRealm();
        if (realm != null) {
            MyPageEvents.step(session, realm, MyPageEvents.LEGACY_HASH_CHECK)
                    .detail(MyPageDetails.LEGACY_HASH, e.kind().code())
                    .detail(Details.REASON, e.getMessage())
                    .error(MyPageErrors.LEGACY_HASH_REFUSED);
        }
    }
}
