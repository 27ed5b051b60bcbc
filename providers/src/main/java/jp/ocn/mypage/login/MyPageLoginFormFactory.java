package jp.ocn.mypage.login;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

public final class MyPageLoginFormFactory extends UsernamePasswordFormFactory {

    public static final String PROVIDER_ID = "mypage-login-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new MyPageLoginForm(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "MyPage login form (OCN ID or customer number)";
    }

    @Override
    public String getHelpText() {
        return "Username/password form that accepts an OCN ID or a customer number, normalises the input and guides users who type the wrong kind of ID.";
    }
}
