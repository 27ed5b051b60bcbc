package jp.ocn.mypage.history;

import ua_parser.Client;
import ua_parser.Parser;

/**
 * Browser and operating system from a user agent, by uap-java (the ua-parser project's maintained rules), e.g.
 * {@code Chrome 120 / Windows 10}. The parser loads its rules once (about a second); it is safe to share.
 */
public final class DeviceNames {

    static final String UNKNOWN = "unknown";

    private DeviceNames() {}

    private static final class Rules {
        static final Parser PARSER = new Parser();
    }

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        Client client = Rules.PARSER.parse(userAgent);
        String browser = named(client.userAgent.family, client.userAgent.major);
        String os = named(client.os.family, client.os.major);
        if (browser == null && os == null) {
            return UNKNOWN;
        }
        if (browser == null || os == null) {
            return browser == null ? os : browser;
        }
        return browser + " / " + os;
    }

    private static String named(String family, String major) {
        if (family == null || family.isBlank() || "Other".equals(family)) {
            return null;
        }
        return major == null || major.isBlank() ? family : family + " " + major;
    }
}
