package jp.ocn.mypage.daccount;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * {@code daccount_linked}: whether the account is linked with a dアカウント (true/false). Only that: the dアカウント's
 * subject is docomo's pairwise ID for us and stays out of every token.
 */
public final class DAccountLinkedMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "mypage-daccount-linked-mapper";
    public static final String CLAIM = "daccount_linked";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, DAccountLinkedMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "MyPage d ACCOUNT linked (daccount_linked)";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "true when the account is linked with a dアカウント, else false; never the dアカウント's subject.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mapping,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        boolean linked = session.users()
                        .getFederatedIdentity(
                                userSession.getRealm(),
                                userSession.getUser(),
                                DAccountIdentityProviderFactory.PROVIDER_ID)
                != null;
        token.getOtherClaims().put(CLAIM, linked);
    }
}
