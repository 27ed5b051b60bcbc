package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jp.ocn.mypage.identity.LoginIdNormalizer;
import org.keycloak.models.KeycloakSession;

/**
 * Corporate administration for corporate members, under {@code /realms/{realm}/mypage-corporate} (design.md's
 * contract). Every call needs a bearer token of this realm (401); a caller outside the corporation gets 404, a member
 * without {@code manage} 403 ({@link CorporationResource#open}); state-changing calls need a level-2 sign-in within
 * 300 s ({@link CorporateRequest#requireStepUp}).
 */
public final class CorporateApi {

    private final KeycloakSession session;

    CorporateApi(KeycloakSession session) {
        this.session = session;
    }

    /** Outside {@link CorporationResource}: the named successor accepts without the manage role. */
    @Path("corporations/{customerNumber}/representative-transfer")
    public RepresentativeTransferResource transfer(@PathParam("customerNumber") String customerNumber) {
        CorporateRequest request = CorporateRequest.authenticate(session);
        String number = LoginIdNormalizer.customerNumberOrNull(customerNumber);
        return RepresentativeTransferResource.open(request, number == null ? customerNumber : number);
    }

    @Path("corporations/{customerNumber}")
    public CorporationResource corporation(@PathParam("customerNumber") String customerNumber) {
        CorporateRequest request = CorporateRequest.authenticate(session);
        String number = LoginIdNormalizer.customerNumberOrNull(customerNumber);
        return CorporationResource.open(request, number == null ? customerNumber : number);
    }
}
