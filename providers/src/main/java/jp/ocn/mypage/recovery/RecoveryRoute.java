package jp.ocn.mypage.recovery;

import java.util.Locale;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The ways back in: password reset by mail, password reset by customer number, forgotten OCN ID, and the
 * self-service unlock of the lockout mail.
 */
enum RecoveryRoute {
    MAIL,
    NUMBER,
    ID,
    UNLOCK;

    /** Auth note holding the route chosen in this flow. */
    static final String NOTE = "mypage.recovery.route";

    static Optional<RecoveryRoute> from(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (RecoveryRoute r : values()) {
            if (r.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static Optional<RecoveryRoute> of(AuthenticationSessionModel auth) {
        return from(auth.getAuthNote(NOTE));
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
