package jp.ocn.mypage.corporate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/** A member as the members list shows it (design.md): roles, state, last sign-in, deputy end. */
// design.md lists null values (lastSignIn, deputyUntil): written, not left out as Keycloak's mapper would.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberView(
        String ocnId,
        String name,
        List<String> roles,
        boolean representative,
        String state,
        String lastSignIn,
        String deputyUntil) {

    static Optional<MemberView> of(KeycloakSession session, RealmModel realm, CorporateMember member, long now) {
        UserModel user = session.users().getUserById(realm, member.userId());
        if (user == null) {
            return Optional.empty();
        }
        Long deputy = member.activeDeputyUntil(now);
        return Optional.of(new MemberView(
                user.getUsername(),
                name(user),
                member.effectiveRoles(now).stream()
                        .sorted()
                        .map(CorporateRole::apiName)
                        .toList(),
                member.representative(),
                state(session, realm, user),
                lastSignIn(session, realm, user),
                deputy == null ? null : Instant.ofEpochMilli(deputy).toString()));
    }

    static String name(UserModel user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        return last.equals(first) ? last : (last + " " + first).trim();
    }

    static String state(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (protector != null && realm.isBruteForceProtected()) {
            if (protector.isPermanentlyLockedOut(session, realm, user)
                    || protector.isTemporarilyDisabled(session, realm, user)) {
                return "locked";
            }
        }
        return user.isEnabled() ? "active" : "disabled";
    }

    /** Keycloak keeps no last sign-in on the user; its stored LOGIN events do. */
    private static String lastSignIn(KeycloakSession session, RealmModel realm, UserModel user) {
        EventStoreProvider events = session.getProvider(EventStoreProvider.class);
        if (events == null) {
            return null;
        }
        return events.createQuery()
                .realm(realm.getId())
                .user(user.getId())
                .type(EventType.LOGIN)
                .orderByDescTime()
                .maxResults(1)
                .getResultStream()
                .findFirst()
                .map(e -> Instant.ofEpochMilli(e.getTime()).toString())
                .orElse(null);
    }
}
