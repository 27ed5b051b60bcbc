package jp.ocn.mypage.support;

import java.util.function.BiConsumer;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.Provider;

/**
 * Keeps our tables in step with Keycloak's: a removed user or realm takes its rows along (our tables have no
 * foreign keys into Keycloak's), and demo data, if any, is loaded once the database is migrated, which is after
 * {@code --import-realm}, so the demo users it links to exist by then.
 */
public final class OwnedRows {

    /** Removes a user's rows through the capability's provider. */
    @FunctionalInterface
    public interface UserRemoval<P> {
        void remove(P provider, RealmModel realm, String userId);
    }

    private OwnedRows() {}

    /** {@code demoLoad} may be null: no demo data. */
    public static <P extends Provider> void follow(
            KeycloakSessionFactory factory,
            Class<P> provider,
            UserRemoval<P> userRemoved,
            BiConsumer<P, RealmModel> realmRemoved,
            Runnable demoLoad) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                userRemoved.remove(
                        removed.getKeycloakSession().getProvider(provider),
                        removed.getRealm(),
                        removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                realmRemoved.accept(removed.getKeycloakSession().getProvider(provider), removed.getRealm());
            } else if (event instanceof PostMigrationEvent && demoLoad != null) {
                demoLoad.run();
            }
        });
    }
}
