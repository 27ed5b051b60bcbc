package jp.ocn.mypage.lockout;

import java.util.UUID;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.Constants;

/** What the unlock link carries, signed with the realm's keys: the account, its mail address, 30 minutes, a nonce. */
public final class SelfUnlockToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mypage-self-unlock";
    static final int LIFETIME_SECONDS = 30 * 60;

    SelfUnlockToken(String userId, String email, int absoluteExpirationInSecs) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, UUID.randomUUID());
        setEmail(email);
        issuedFor(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
    }

    /** For Keycloak, which reads the token back from the link. */
    private SelfUnlockToken() {
    }
}
