package jp.ocn.mypage.systemerror;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.theme.freemarker.FreeMarkerProvider;
import org.keycloak.theme.freemarker.FreeMarkerProviderFactory;

/**
 * Template engine {@code mypage-referenced-errors}: Keycloak's own ({@code default}) plus reference codes on
 * unexpected-error pages. Its higher {@link #order()} makes Keycloak choose it as the default without a build option.
 */
public final class ReferencedErrorPagesFactory implements FreeMarkerProviderFactory {

    public static final String ID = "mypage-referenced-errors";

    private FreeMarkerProviderFactory keycloaks;

    @Override
    public FreeMarkerProvider create(KeycloakSession session) {
        return new ReferencedErrorPages(session, keycloaks.create(session));
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        keycloaks = (FreeMarkerProviderFactory) factory.getProviderFactory(FreeMarkerProvider.class, "default");
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public int order() {
        return 10;
    }
}
