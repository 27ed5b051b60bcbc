package jp.ocn.mypage.daccount;

import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;

/**
 * Identity provider type {@code daccount}: Keycloak's OIDC provider type with d ACCOUNT's defaults and signature
 * rules. The discovery import ({@code parseConfig}) is Keycloak's.
 */
public final class DAccountIdentityProviderFactory extends OIDCIdentityProviderFactory {

    public static final String PROVIDER_ID = "daccount";

    @Override
    public String getName() {
        return "dアカウント (d ACCOUNT Connect)";
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public DAccountIdentityProvider create(KeycloakSession session, IdentityProviderModel model) {
        return new DAccountIdentityProvider(session, new DAccountConfig(model));
    }

    @Override
    public DAccountConfig createConfig() {
        return new DAccountConfig();
    }
}
