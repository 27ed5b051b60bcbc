package jp.ocn.mypage.systemerror;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.support.RealmResourceFactoryBase;
import jp.ocn.mypage.support.TestSwitch;

/**
 * Tests only: {@code GET /realms/{realm}/mypage-test-fault} throws, so a test sees the system-error route end to end.
 * It answers 404 unless {@link TestSwitch#on()}: a JVM flag only the test harness sets, plus the dev outbox.
 */
public final class InducedFaultResourceFactory extends RealmResourceFactoryBase {

    public InducedFaultResourceFactory() {
        super("mypage-test-fault", session -> new InducedFault());
    }

    public static final class InducedFault {

        @GET
        @Path("")
        public Response fail() {
            if (!TestSwitch.on()) {
                return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "Not found");
            }
            throw new IllegalStateException("induced test fault: secret-detail-that-must-not-leak");
        }
    }
}
