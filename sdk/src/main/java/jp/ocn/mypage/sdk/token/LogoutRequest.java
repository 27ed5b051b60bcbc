package jp.ocn.mypage.sdk.token;

import java.util.Optional;

/**
 * What a verified logout token asks: end the module's session(s) of login-server session {@code sid}, or, when it
 * names only {@code sub}, every session of that user.
 */
public record LogoutRequest(Optional<String> sessionId, Optional<String> subject) {

    /** Whether a module session with this login-server {@code sid} and subject must end. */
    public boolean ends(String sessionSid, String sessionSubject) {
        if (sessionId.isPresent()) {
            return sessionId.get().equals(sessionSid)
                    && subject.map(s -> s.equals(sessionSubject)).orElse(true);
        }
        return subject.map(s -> s.equals(sessionSubject)).orElse(false);
    }
}
