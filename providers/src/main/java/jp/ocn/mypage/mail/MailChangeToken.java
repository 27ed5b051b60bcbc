package jp.ocn.mypage.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * Keycloak's own action token (signed with the realm's keys, typed, with expiry and a single-use nonce) carrying a
 * requested change of the account mail: valid only while the account still has the old address and still waits for
 * this new one.
 */
public final class MailChangeToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mypage-mail-change";

    @JsonProperty("oldEmail")
    private String oldEmail;

    @JsonProperty("newEmail")
    private String newEmail;

    MailChangeToken(String userId, int absoluteExpirationInSecs, String oldEmail, String newEmail, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.oldEmail = oldEmail;
        this.newEmail = newEmail;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private MailChangeToken() {}

    public String getOldEmail() {
        return oldEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
