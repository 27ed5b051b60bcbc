package jp.ocn.mypage.history;

import java.util.List;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A user's sign-ins ({@code LOGIN}) and failed attempts ({@code LOGIN_ERROR}) from Keycloak's event store. */
final class LoginHistory {

    private LoginHistory() {}

    /** Newest first; only events of {@code user} in {@code realm}. */
    static List<LoginHistoryEntry> of(KeycloakSession session, RealmModel realm, UserModel user, int first, int max) {
        return session.getProvider(EventStoreProvider.class)
                .createQuery()
                .realm(realm.getId())
                .user(user.getId())
                .type(EventType.LOGIN, EventType.LOGIN_ERROR)
                .orderByDescTime()
                .firstResult(first)
                .maxResults(max)
                .getResultStream()
                .map(LoginHistoryEntry::of)
                .toList();
    }
}
