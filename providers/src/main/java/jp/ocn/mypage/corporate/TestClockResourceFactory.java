package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.support.RealmResourceFactoryBase;
import jp.ocn.mypage.support.TestSwitch;

/**
 * Tests only: {@code PUT /realms/{realm}/mypage-test-clock {"offsetSeconds":n}} moves the corporate clock ({@link
 * CorporateClock}) n seconds ahead of real time, so a test sees a deputy period end (and the scheduled task log it)
 * without waiting. Answers 404 unless {@link TestSwitch#on()}: a production server cannot switch it on.
 */
public final class TestClockResourceFactory extends RealmResourceFactoryBase {

    public TestClockResourceFactory() {
        super("mypage-test-clock", session -> new TestClock());
    }

    @Produces(MediaType.APPLICATION_JSON)
    public static final class TestClock {

        private static final long MAX_OFFSET_SECONDS = 366L * 24 * 3600;

        @GET
        @Path("")
        public Response read() {
            if (!TestSwitch.on()) {
                return notFound();
            }
            return JsonResponses.ok(Map.of("offsetSeconds", CorporateClock.offsetSeconds()));
        }

        @PUT
        @Path("")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response move(String body) {
            if (!TestSwitch.on()) {
                return notFound();
            }
            long seconds = RequestBody.parse(body).number("offsetSeconds");
            if (Math.abs(seconds) > MAX_OFFSET_SECONDS) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, "invalid_request", "offsetSeconds too large");
            }
            CorporateClock.setOffsetSeconds(seconds);
            return JsonResponses.ok(Map.of("offsetSeconds", seconds));
        }

        private static Response notFound() {
            return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "Not found");
        }
    }
}
