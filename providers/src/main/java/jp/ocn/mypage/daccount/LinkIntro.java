package jp.ocn.mypage.daccount;

import java.util.List;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/**
 * First step of the first-broker-login flow {@code mypage daccount first login}: says that this dアカウント is not
 * linked yet and that signing in with an OCN ID links it. A dアカウント never creates an account: who has no OCN ID
 * gets the page saying that an OCN ID comes with an OCN contract and where to get one, and the way back.
 */
public final class LinkIntro extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-daccount-link-intro";
    static final String PAGE = "mypage-daccount-link.ftl";
    static final String NO_OCN_ID_PAGE = "mypage-daccount-no-ocn-id.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(context.form().createForm(PAGE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String action = context.getHttpRequest().getDecodedFormParameters().getFirst("action");
        if ("link".equals(action)) {
            context.success();
            return;
        }
        // Nothing is linked or created: the brokered identity is dropped with the authentication session.
        context.getEvent()
                .detail(org.keycloak.events.Details.REASON, "no_ocn_id")
                .error(MyPageErrors.DACCOUNT_NO_OCN_ID);
        context.challenge(context.form().createForm(NO_OCN_ID_PAGE));
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage: d ACCOUNT link intro",
                    "First broker login: explains linking with an OCN ID; no OCN ID gets the contract page, never an account.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return new LinkIntro();
        }
    }
}
