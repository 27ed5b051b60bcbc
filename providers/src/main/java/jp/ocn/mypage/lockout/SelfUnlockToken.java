package jp.ocn.mypage.lockout;

import java.util.UUID;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.Constants;

/**
 * What the unlock link carries: a Keycloak action token of its own type, signed with the realm's keys, for one
 * account, its mail address and one lock ({@link LockEpisode}), with an expiry and a single-use nonce.
 */
public final class SelfUnlockToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mypage-self-unlock";
    static final String LOCK_NOTE = "lck";

    SelfUnlockToken(String userId, String email, String lockId, int absoluteExpirationInSecs) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        setEmail(email);
        setNote(LOCK_NOTE, lockId);
        issuedFor(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
    }

    /** For Keycloak, which reads the token back from the link. */
    private SelfUnlockToken() {}

    String lockId() {
        return getNote(LOCK_NOTE);
    }
}
