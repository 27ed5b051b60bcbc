package jp.ocn.mypage.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.keycloak.authentication.actiontoken.DefaultActionToken;

/**
 * Keycloak's action token (signed with the realm's keys, typed, expiring, single-use nonce) confirming the address a
 * user chose for ログインアラート: valid only while the account still waits for this very address.
 */
public final class LoginAlertToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "mypage-login-alert";

    @JsonProperty("alertEmail")
    private String address;

    LoginAlertToken(String userId, int absoluteExpirationInSecs, String address, String clientId) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        this.address = address;
        this.issuedFor = clientId;
    }

    /** For Jackson. */
    private LoginAlertToken() {}

    public String getAddress() {
        return address;
    }
}
