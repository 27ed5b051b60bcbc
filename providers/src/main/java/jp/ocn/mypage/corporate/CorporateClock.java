package jp.ocn.mypage.corporate;

import java.util.concurrent.atomic.AtomicLong;
import org.keycloak.common.util.Time;

/**
 * The time deputy periods are measured against: Keycloak's clock, plus an offset that only the test clock endpoint
 * ({@link TestClockResourceFactory}, off unless {@link jp.ocn.mypage.support.TestSwitch#on()}) can set, so a test
 * moves corporate time past a deputy's end without moving token lifetimes or waiting. Per node; zero in production.
 */
final class CorporateClock {

    private static final AtomicLong OFFSET_MILLIS = new AtomicLong();

    private CorporateClock() {}

    static long nowMillis() {
        return Time.currentTimeMillis() + OFFSET_MILLIS.get();
    }

    static void setOffsetSeconds(long seconds) {
        OFFSET_MILLIS.set(seconds * 1000L);
    }

    static long offsetSeconds() {
        return OFFSET_MILLIS.get() / 1000L;
    }
}
