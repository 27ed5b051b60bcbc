package jp.ocn.mypage.tokens;

import java.util.ArrayList;
import java.util.List;
import jp.ocn.mypage.login.MyPageLoginForm;
import jp.ocn.mypage.otp.PhoneCodeAuthenticator;
import jp.ocn.mypage.support.ClaimMapperBase;
import org.keycloak.events.Details;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.IDToken;

/**
 * The RFC 8176 {@code amr} claim from what this user session actually did: {@code pwd} for the password,
 * {@code otp} plus {@code sms} or {@code tel} for a code by SMS or voice call, and the identity provider's alias
 * (e.g. {@code daccount}) for a sign-in through it (RFC 8176 has no value for federation, so it is named).
 */
public final class AuthMethodsMapper extends ClaimMapperBase {

    public static final String PROVIDER_ID = "mypage-amr-mapper";

    public AuthMethodsMapper() {
        super(PROVIDER_ID, "MyPage authentication methods (amr)", "RFC 8176 amr values: pwd, otp, sms, tel.");
    }

    static List<String> methods(String password, String codeChannel, String identityProvider) {
        List<String> amr = new ArrayList<>();
        if (identityProvider != null) {
            amr.add(identityProvider);
        }
        if (password != null) {
            amr.add("pwd");
        }
        if (codeChannel != null) {
            amr.add("otp");
            amr.add(codeChannel.equals("voice") ? "tel" : "sms");
        }
        return amr;
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mapping,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        List<String> amr = methods(
                userSession.getNote(MyPageLoginForm.PASSWORD_NOTE),
                userSession.getNote(PhoneCodeAuthenticator.VERIFIED_CHANNEL_NOTE),
                userSession.getNote(Details.IDENTITY_PROVIDER));
        if (!amr.isEmpty()) {
            token.getOtherClaims().put("amr", amr);
        }
    }
}
