package jp.ocn.mypage.support;

import java.util.List;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Registers a capability's JPA entities and its own Liquibase changelog with Keycloak's JPA connection. */
public abstract class JpaEntitiesFactoryBase implements JpaEntityProviderFactory, NoLifecycle<JpaEntityProvider> {

    private final String id;
    private final String changelog;
    private final List<Class<?>> entities;

    protected JpaEntitiesFactoryBase(String id, String changelog, Class<?>... entities) {
        this.id = id;
        this.changelog = changelog;
        this.entities = List.of(entities);
    }

    @Override
    public final JpaEntityProvider create(KeycloakSession session) {
        return new JpaEntityProvider() {
            @Override
            public List<Class<?>> getEntities() {
                return entities;
            }

            @Override
            public String getChangelogLocation() {
                return changelog;
            }

            @Override
            public String getFactoryId() {
                return id;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public final String getId() {
        return id;
    }
}
