package jp.ocn.mypage.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.customer.AccountStanding;
import jp.ocn.mypage.customer.ContractPolicy;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.support.ClaimMapperBase;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.representations.IDToken;

/**
 * Puts what every MyPage module needs into ID token, access token and userinfo: {@code ocn_id},
 * {@code customer_numbers}, {@code contracts} and {@code account_status}. Read fresh from the directory at
 * every token issue and refresh, so a status change shows at the next refresh.
 */
public final class ContractClaimsMapper extends ClaimMapperBase {

    public static final String PROVIDER_ID = "mypage-contract-claims-mapper";

    public ContractClaimsMapper() {
        super(
                PROVIDER_ID,
                "MyPage contract claims",
                "Adds ocn_id, customer_numbers, contracts and account_status from the MyPage customer directory.");
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mapping,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        UserModel user = userSession.getUser();
        List<Customer> linked = session.getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(userSession.getRealm(), user.getId());
        AccountStanding standing = AccountStanding.of(
                linked,
                ContractPolicy.today(),
                ContractPolicy.of(userSession.getRealm()).cancelledRetentionDays());
        Map<String, Object> claims = token.getOtherClaims();
        claims.put("ocn_id", user.getUsername());
        claims.put(
                "customer_numbers",
                linked.stream().map(Customer::customerNumber).toList());
        claims.put("contracts", contracts(linked));
        standing.status().ifPresent(s -> claims.put("account_status", s.value()));
    }

    private static List<Map<String, String>> contracts(List<Customer> linked) {
        return linked.stream()
                .flatMap(c -> c.contracts().stream())
                .map(c -> {
                    Map<String, String> claim = new LinkedHashMap<>();
                    claim.put("customer_number", c.customerNumber());
                    claim.put("service", c.service());
                    claim.put("status", c.status().value());
                    claim.put("status_changed_on", c.statusChangedOn().toString());
                    return claim;
                })
                .toList();
    }
}
