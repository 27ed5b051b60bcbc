package jp.ocn.mypage.corporate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.ocn.mypage.support.ClaimMapperBase;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.IDToken;

/**
 * The {@code corp} claim of corporate members (design.md): {@code {"customer_number","name","roles":[…],
 * "representative":bool,"deputy_until"}}, read at every token issue and refresh, so a role change or a deputy's end
 * shows at the next refresh. Accounts outside any corporation get no {@code corp} claim.
 */
public final class CorporateClaimMapper extends ClaimMapperBase {

    public static final String PROVIDER_ID = "mypage-corporate-claim-mapper";

    public CorporateClaimMapper() {
        super(
                PROVIDER_ID,
                "MyPage corporate claim",
                "Adds corp (corporation, roles, representative, deputy end) for corporate members.");
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mapping,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        RealmModel realm = userSession.getRealm();
        Corporations corporations = new Corporations(session, realm);
        corporations.membershipOf(userSession.getUser().getId()).ifPresent(member -> corporations
                .find(member.customerNumber())
                .ifPresent(corporation ->
                        token.getOtherClaims().put("corp", claim(corporation, member, corporations.now()))));
    }

    static Map<String, Object> claim(Corporation corporation, CorporateMember member, long now) {
        Map<String, Object> corp = new LinkedHashMap<>();
        corp.put("customer_number", corporation.customerNumber());
        corp.put("name", corporation.name());
        corp.put(
                "roles",
                member.effectiveRoles(now).stream()
                        .sorted()
                        .map(CorporateRole::apiName)
                        .toList());
        corp.put("representative", member.representative());
        Long deputy = member.activeDeputyUntil(now);
        corp.put(
                "deputy_until",
                deputy == null ? null : Instant.ofEpochMilli(deputy).toString());
        return corp;
    }
}
