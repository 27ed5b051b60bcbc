package jp.ocn.mypage.support;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/** A provider factory with nothing to read at start-up and nothing to release: Keycloak's lifecycle calls do nothing. */
public interface NoLifecycle<T extends Provider> extends ProviderFactory<T> {

    @Override
    default void init(Config.Scope config) {}

    @Override
    default void postInit(KeycloakSessionFactory factory) {}

    @Override
    default void close() {}
}
