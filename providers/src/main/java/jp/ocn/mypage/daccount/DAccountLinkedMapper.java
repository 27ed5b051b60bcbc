package jp.ocn.mypage.daccount;

import jp.ocn.mypage.support.ClaimMapperBase;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.IDToken;

/**
 * {@code daccount_linked}: whether the account is linked with a dアカウント (true/false). Only that: the dアカウント's
 * subject is docomo's pairwise ID for us and stays out of every token.
 */
public final class DAccountLinkedMapper extends ClaimMapperBase {

    public static final String PROVIDER_ID = "mypage-daccount-linked-mapper";
    public static final String CLAIM = "daccount_linked";

    public DAccountLinkedMapper() {
        super(
                PROVIDER_ID,
                "MyPage d ACCOUNT linked (daccount_linked)",
                "true when the account is linked with a dアカウント, else false; never the dアカウント's subject.");
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
