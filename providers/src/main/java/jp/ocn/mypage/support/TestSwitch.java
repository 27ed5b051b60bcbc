package jp.ocn.mypage.support;

/**
 * Whether test-only endpoints (an induced fault, a movable clock) may act: only when the JVM runs with {@code
 * -Dmypage.testFaults=true} (the test harness sets it; nothing in realm-config, the admin console or compose's
 * variables can) and codes go to the dev outbox ({@code MYPAGE_DEV_OUTBOX}), which a server with customers never
 * uses. Either alone is not enough.
 */
public final class TestSwitch {

    static final String PROPERTY = "mypage.testFaults";
    static final String DEV_OUTBOX = "MYPAGE_DEV_OUTBOX";

    private TestSwitch() {}

    public static boolean on() {
        return Boolean.getBoolean(PROPERTY) && System.getenv(DEV_OUTBOX) != null;
    }
}
