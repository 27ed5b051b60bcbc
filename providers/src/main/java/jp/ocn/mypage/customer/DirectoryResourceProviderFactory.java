package jp.ocn.mypage.customer;

import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@link DirectoryResource} at {@code /realms/{realm}/mypage-directory}. */
public final class DirectoryResourceProviderFactory
        implements RealmResourceProviderFactory, NoLifecycle<RealmResourceProvider> {

    public static final String ID = "mypage-directory";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return new DirectoryResource(session);
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public String getId() {
        return ID;
    }
}
