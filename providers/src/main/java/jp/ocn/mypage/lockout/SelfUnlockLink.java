package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.recovery.RecoveryRouteChooser;
import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.SignatureProvider;
import org.keycloak.crypto.SignatureVerifierContext;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;

/**
 * The unlock link of the lockout mail. It opens the recovery flow ({@code mypage_route=unlock}) rather than
 * Keycloak's action-token endpoint, which refuses disabled users, and a permanent lockout disables the user.
 * The key is a {@link SelfUnlockToken}, verified with Keycloak's {@link TokenVerifier} as Keycloak verifies its own
 * action tokens (signature, type, issuer, audience, expiry, nonce), and redeemed once, atomically ({@link #redeem}).
 */
final class SelfUnlockLink {

    static final String KEY_PARAM = "key";

    private SelfUnlockLink() {}

    static String create(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            String lockId,
            UriInfo requestUri,
            int lifetimeSeconds) {
        SelfUnlockToken token =
                new SelfUnlockToken(user.getId(), user.getEmail(), lockId, Time.currentTime() + lifetimeSeconds);
        return requestUri
                .getBaseUriBuilder()
                .path("realms")
                .path(realm.getName())
                .path("login-actions")
                .path("reset-credentials")
                .queryParam(Constants.CLIENT_ID, Constants.ACCOUNT_MANAGEMENT_CLIENT_ID)
                .queryParam(RecoveryRouteChooser.QUERY, "unlock")
                .queryParam(KEY_PARAM, token.serialize(session, realm, requestUri))
                .build()
                .toString();
    }

    /** The account and lock the key is for, if the key is sound, unspent and its lock is still the one in force. */
    static Optional<Verified> verify(KeycloakSession session, RealmModel realm, String key) {
        if (key == null || key.length() > 4096) {
            return Optional.empty();
        }
        SelfUnlockToken token;
        try {
            String issuer = Urls.realmIssuer(session.getContext().getUri().getBaseUri(), realm.getName());
            TokenVerifier<SelfUnlockToken> verifier = TokenVerifier.create(key, SelfUnlockToken.class)
                    .withChecks(
                            TokenVerifier.IS_ACTIVE,
                            new TokenVerifier.RealmUrlCheck(issuer),
                            new TokenVerifier.TokenTypeCheck(List.of(SelfUnlockToken.TOKEN_TYPE)),
                            new TokenVerifier.AudienceCheck(issuer),
                            SelfUnlockToken.ACTION_TOKEN_BASIC_CHECKS);
            SignatureProvider signature = session.getProvider(
                    SignatureProvider.class, verifier.getHeader().getAlgorithm().name());
            if (signature == null) {
                return Optional.empty();
            }
            SignatureVerifierContext context =
                    signature.verifier(verifier.getHeader().getKeyId());
            token = verifier.verifierContext(context).verify().getToken();
        } catch (VerificationException | RuntimeException e) {
            return Optional.empty();
        }
        String nonce = token.getActionVerificationNonce().toString();
        if (session.singleUseObjects().contains(spentKey(nonce))
                || !LockEpisode.isCurrent(session, token.getUserId(), token.lockId())) {
            return Optional.empty();
        }
        UserModel user = session.users().getUserById(realm, token.getUserId());
        if (user == null || user.getEmail() == null || !user.getEmail().equalsIgnoreCase(token.getEmail())) {
            return Optional.empty();
        }
        return Optional.of(new Verified(user, nonce, token.lockId(), token.getExp()));
    }

    /**
     * Spends the link: true for exactly one caller however many redeem it at once (one atomic putIfAbsent), and only
     * while the lock it was sent for is still the one in force.
     */
    static boolean redeem(KeycloakSession session, Verified link) {
        if (link.expiresAt() < Time.currentTime()
                || !LockEpisode.isCurrent(session, link.user().getId(), link.lockId())) {
            return false;
        }
        long lifetime = Math.max(1, link.expiresAt() - Time.currentTime() + 60);
        return session.singleUseObjects().putIfAbsent(spentKey(link.nonce()), lifetime);
    }

    private static String spentKey(String nonce) {
        return "mypage-unlock-spent:" + nonce;
    }

    record Verified(UserModel user, String nonce, String lockId, long expiresAt) {}
}
