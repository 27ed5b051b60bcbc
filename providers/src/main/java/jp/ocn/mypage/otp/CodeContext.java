package jp.ocn.mypage.otp;

import java.util.function.Supplier;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * What the code screens need, from an authenticator's context (sign-in, step-up) or a required action's
 * (turning two-step sign-in on or off): Keycloak gives the two no common interface.
 */
record CodeContext(
        KeycloakSession session,
        RealmModel realm,
        UserModel user,
        AuthenticationSessionModel authSession,
        String remoteAddr,
        EventBuilder event,
        Supplier<LoginFormsProvider> forms) {

    static CodeContext of(AuthenticationFlowContext c) {
        return new CodeContext(
                c.getSession(),
                c.getRealm(),
                c.getUser(),
                c.getAuthenticationSession(),
                c.getConnection().getRemoteAddr(),
                c.getEvent(),
                c::form);
    }

    static CodeContext of(RequiredActionContext c) {
        return new CodeContext(
                c.getSession(),
                c.getRealm(),
                c.getUser(),
                c.getAuthenticationSession(),
                c.getConnection().getRemoteAddr(),
                c.getEvent(),
                c::form);
    }

    LoginFormsProvider form() {
        return forms.get();
    }
}
