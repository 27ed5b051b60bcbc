package jp.ocn.mypage.corporate;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers the corporate tables and their own Liquibase changelog with Keycloak's JPA connection. */
public final class CorporateEntityProviderFactory implements JpaEntityProviderFactory {

    static final String ID = "mypage-corporate-accounts";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new JpaEntityProvider() {
            @Override
            public List<Class<?>> getEntities() {
                return List.of(CorporateMemberEntity.class, CorporateApprovalEntity.class, CorporateAuditEntity.class);
            }

            @Override
            public String getChangelogLocation() {
                return "META-INF/mypage-corporate-changelog.xml";
            }

            @Override
            public String getFactoryId() {
                return ID;
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
