package jp.ocn.mypage.systemerror;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.support.RealmResourceFactoryBase;

/**
 * Tests only: {@code GET /realms/{realm}/mypage-test-fault} throws, so a test sees the system-error route end to end.
 * It answers 404 unless the JVM runs with {@code -Dmypage.testFaults=true} (the test harness sets it; nothing in
 * realm-config, the admin console or the environment variables of compose can) and codes go to the dev outbox, which
 * a production server with customers never uses (it writes every code to a file).
 */
public final class InducedFaultResourceFactory extends RealmResourceFactoryBase {

    static final String SWITCH = "mypage.testFaults";
    /** The dev outbox's variable (sender package): set only for trials, never on a server with customers. */
    private static final String DEV_OUTBOX = "MYPAGE_DEV_OUTBOX";

    public InducedFaultResourceFactory() {
        super("mypage-test-fault", session -> new InducedFault());
    }

    public static final class InducedFault {

        @GET
        @Path("")
        public Response fail() {
            if (!Boolean.getBoolean(SWITCH) || System.getenv(DEV_OUTBOX) == null) {
                return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "Not found");
            }
            throw new IllegalStateException("induced test fault: secret-detail-that-must-not-leak");
        }
    }
}
