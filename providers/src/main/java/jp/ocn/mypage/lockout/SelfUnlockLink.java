package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The unlock link of the lockout mail. It opens the recovery flow ({@code mypage_route=unlock}) rather than
 * Keycloak's action-token endpoint, which refuses disabled users, and a permanent lockout disables the user.
 * The key is a {@link SelfUnlockToken} signed with the realm's keys; it is spent once the unlock is done.
 */
final class SelfUnlockLink {

    static final String KEY_PARAM = "key";

    private SelfUnlockLink() {
    }

    static String create(KeycloakSession session, RealmModel realm, UserModel user, UriInfo requestUri) {
        SelfUnlockToken token = new SelfUnlockToken(user.getId(), user.getEmail(), Time.currentTime() + SelfUnlockToken.LIFETIME_SECONDS);
        return requestUri.getBaseUriBuilder().path("realms").path(realm.getName()).path("login-actions").path("reset-credentials")
                .queryParam(Constants.CLIENT_ID, Constants.ACCOUNT_MANAGEMENT_CLIENT_ID)
                .queryParam("mypage_route", "unlock")
                .queryParam(KEY_PARAM, token.serialize(session, realm, requestUri))
                .build().toString();
    }

    /** The account the key unlocks: signature, type, expiry, mail address and single use all checked. */
    static Optional<Verified> verify(KeycloakSession session, RealmModel realm, String key) {
        if (key == null || key.length() > 4096) {
            return Optional.empty();
        }
        SelfUnlockToken token = session.tokens().decode(key, SelfUnlockToken.class);
        if (token == null || !SelfUnlockToken.TOKEN_TYPE.equals(token.getActionId()) || token.getExp() == null
                || token.getExp() < Time.currentTime() || token.getActionVerificationNonce() == null) {
            return Optional.empty();
        }
        String nonce = token.getActionVerificationNonce().toString();
        if (session.singleUseObjects().contains(spentKey(nonce))) {
            return Optional.empty();
        }
        UserModel user = session.users().getUserById(realm, token.getUserId());
        if (user == null || user.getEmail() == null || !user.getEmail().equalsIgnoreCase(token.getEmail())) {
            return Optional.empty();
        }
        return Optional.of(new Verified(user, nonce));
    }

    static void spend(KeycloakSession session, String nonce) {
        session.singleUseObjects().put(spentKey(nonce), SelfUnlockToken.LIFETIME_SECONDS, null);
    }

    private static String spentKey(String nonce) {
        return "mypage-unlock-spent:" + nonce;
    }

    record Verified(UserModel user, String nonce) {
    }
}
