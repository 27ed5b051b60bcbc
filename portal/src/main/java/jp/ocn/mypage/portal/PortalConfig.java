package jp.ocn.mypage.portal;

import java.util.Map;

/**
 * The portal's settings, read once from the environment ({@code MYPAGE_PORTAL_*}); defaults fit {@code ./dev.sh}.
 *
 * @param port HTTP port ({@code MYPAGE_PORTAL_PORT}, 8081; 0 = any free port)
 * @param baseUrl the portal's own URL as browsers reach it ({@code MYPAGE_PORTAL_URL}); redirect URIs derive from it
 * @param issuer the realm ({@code MYPAGE_PORTAL_ISSUER})
 */
public record PortalConfig(
        int port,
        String baseUrl,
        String issuer,
        String clientId,
        String clientSecret,
        String callDetailsClientId,
        String callDetailsClientSecret) {

    public static PortalConfig fromEnvironment(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("MYPAGE_PORTAL_PORT", "8081"));
        return new PortalConfig(
                port,
                env.getOrDefault("MYPAGE_PORTAL_URL", "http://localhost:" + port),
                env.getOrDefault("MYPAGE_PORTAL_ISSUER", "http://localhost:8080/realms/mypage"),
                env.getOrDefault("MYPAGE_PORTAL_CLIENT_ID", "mypage-portal"),
                env.getOrDefault("MYPAGE_PORTAL_CLIENT_SECRET", "mypage-portal-secret"),
                env.getOrDefault("MYPAGE_PORTAL_CALL_DETAILS_CLIENT_ID", "mypage-call-details"),
                env.getOrDefault("MYPAGE_PORTAL_CALL_DETAILS_CLIENT_SECRET", "mypage-call-details-secret"));
    }

    /** The same settings on another port and URL (tests start the portal on a free port). */
    public PortalConfig at(int newPort, String newBaseUrl) {
        return new PortalConfig(
                newPort, newBaseUrl, issuer, clientId, clientSecret, callDetailsClientId, callDetailsClientSecret);
    }

    String signInRedirect() {
        return baseUrl + "/callback";
    }

    String callDetailsRedirect() {
        return baseUrl + "/call-details/callback";
    }
}
