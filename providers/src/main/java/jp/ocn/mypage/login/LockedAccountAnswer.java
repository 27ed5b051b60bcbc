package jp.ocn.mypage.login;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.managers.DefaultBruteForceProtector;

/**
 * How the login form answers while an ID is locked: the password is never checked (a locked ID is no password
 * oracle), and every attempt gets the same words whatever was typed: the ID is locked, until when (JST), and the ways
 * out. IDs that nobody holds get the same answer from {@link UnknownIdFailures}, so the answer says nothing about
 * whether the ID exists. Neither answer hashes anything, so they take alike.
 */
final class LockedAccountAnswer {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT).withZone(ZoneId.of("Asia/Tokyo"));

    private LockedAccountAnswer() {}

    /** The message for an attempt on a locked ID: its key and parameter (null when it has none). */
    record Answer(String messageKey, String parameter) {}

    /** The lock of a real account, read from Keycloak's brute-force state. */
    static BruteForceRules.Lock lockOf(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector state = new DefaultBruteForceProtector(session.getKeycloakSessionFactory());
        boolean permanent = state.isPermanentlyLockedOut(session, realm, user);
        UserLoginFailureModel failure = session.loginFailures().getUserLoginFailure(realm, user.getId());
        return new BruteForceRules.Lock(failure == null ? 0 : failure.getFailedLoginNotBefore(), permanent);
    }

    static Answer of(BruteForceRules.Lock lock) {
        if (lock.permanent() || lock.untilEpochSecond() <= 0) {
            return new Answer("mypageAccountLockedPermanently", null);
        }
        // Shown to the minute, rounded up, so that the time shown has always passed when the lock ends.
        return new Answer(
                "mypageAccountLockedUntil", UNTIL.format(Instant.ofEpochSecond(lock.untilEpochSecond() + 59)));
    }
}
