package jp.ocn.mypage.notice;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public final class SecurityNoticeActionFactory implements RequiredActionFactory {

    private static final SecurityNoticeAction ACTION = new SecurityNoticeAction();

    @Override
    public String getDisplayText() {
        return "MyPage security notice (contact phone check)";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return ACTION;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return SecurityNoticeAction.PROVIDER_ID;
    }
}
