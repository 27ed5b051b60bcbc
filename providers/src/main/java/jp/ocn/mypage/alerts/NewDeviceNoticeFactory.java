package jp.ocn.mypage.alerts;

import java.util.List;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class NewDeviceNoticeFactory extends AuthenticatorFactoryBase {

    public static final String PROVIDER_ID = "mypage-new-device-notice";
    private static final NewDeviceNotice NOTICE = new NewDeviceNotice();

    public NewDeviceNoticeFactory() {
        super(
                PROVIDER_ID,
                "MyPage new-device notice",
                "Mails the account when it signs in from a browser it has not used before (device cookie); realm "
                        + "attribute mypage.alerts.newDeviceMail=true switches it on. Last step of the browser flow.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return NOTICE;
    }
}
