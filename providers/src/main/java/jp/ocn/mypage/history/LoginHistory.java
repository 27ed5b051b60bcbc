package jp.ocn.mypage.history;

import java.util.Date;
import java.util.List;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A user's sign-ins ({@code LOGIN}) and failed attempts ({@code LOGIN_ERROR}) from Keycloak's event store. */
final class LoginHistory {

    /** The page promises at most this much, whatever the realm keeps. */
    static final long LONGEST_SECONDS = 90L * 24 * 3600;

    private LoginHistory() {}

    /**
     * Newest first; only events of {@code user} in {@code realm}, within the realm's event retention (at most 90
     * days). Keycloak deletes expired events only when its periodic task runs, so the cut is made here too.
     */
    static List<LoginHistoryEntry> of(KeycloakSession session, RealmModel realm, UserModel user, int first, int max) {
        return session.getProvider(EventStoreProvider.class)
                .createQuery()
                .realm(realm.getId())
                .user(user.getId())
                .type(EventType.LOGIN, EventType.LOGIN_ERROR)
                .fromDate(new Date(Time.currentTimeMillis() - retentionSeconds(realm) * 1000L))
                .orderByDescTime()
                .firstResult(first)
                .maxResults(max)
                .getResultStream()
                .map(LoginHistoryEntry::of)
                .toList();
    }

    private static long retentionSeconds(RealmModel realm) {
        long expiration = realm.getEventsExpiration();
        return expiration > 0 ? Math.min(expiration, LONGEST_SECONDS) : LONGEST_SECONDS;
    }
}
