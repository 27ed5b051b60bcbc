package jp.ocn.mypage.it.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.portal.PortalApp;
import jp.ocn.mypage.portal.PortalConfig;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The demo portal, started in-process on a free port against the test server, with {@code mypage-portal}'s
 * back-channel logout URL pointed at it for as long as it runs (put back on {@link #close()}).
 */
public final class PortalUnderTest implements AutoCloseable {

    static final String BACKCHANNEL_URL = "backchannel.logout.url";

    private final PortalApp app;
    private final String url;
    private final AdminApi admin;
    private final String clientUuid;
    private final String previousBackchannelUrl;

    private PortalUnderTest(KeycloakServer server, AdminApi admin) {
        int port = freePort();
        this.url = "http://localhost:" + port;
        this.admin = admin;
        JsonNode client = admin.get("/clients?clientId=mypage-portal").get(0);
        this.clientUuid = client.get("id").asText();
        this.previousBackchannelUrl =
                client.path("attributes").path(BACKCHANNEL_URL).asText("");
        setBackchannelUrl(url + "/backchannel-logout");
        this.app = PortalApp.start(new PortalConfig(
                port,
                url,
                server.realmUrl(),
                LoginClient.CLIENT_ID,
                LoginClient.CLIENT_SECRET,
                "mypage-call-details",
                "mypage-call-details-secret"));
    }

    public static PortalUnderTest start(KeycloakServer server, AdminApi admin) {
        return new PortalUnderTest(server, admin);
    }

    public String url() {
        return url;
    }

    /** Signs in through the portal's ログイン and answers the pages some demo users get after the password. */
    public LoginClient.Outcome signIn(LoginClient browser, String username) {
        LoginClient.Outcome login = browser.open(url + "/login");
        if (login.page() == null || login.page().selectFirst("form#kc-form-login") == null) {
            throw new AssertionError("no login page: " + login.body());
        }
        LoginClient.Outcome after = browser.submit(login.page(), username, LoginClient.DEMO_PASSWORD);
        after = browser.closeSecurityNotice(after);
        after = browser.laterForPasswordAge(after);
        return browser.laterForLinkOffer(after);
    }

    public Document top(LoginClient browser) {
        return browser.open(url + "/").page();
    }

    /** The top page's menus, each as "label link|text note". */
    public static List<String> menus(Document top) {
        return top.select("#menus li.menu").stream()
                .map(li -> {
                    Element link = li.selectFirst("a");
                    String label = link != null
                            ? link.text()
                            : li.selectFirst(".label").text();
                    return label
                            + (link != null ? " link " : " text ")
                            + li.selectFirst(".note").text();
                })
                .toList();
    }

    private void setBackchannelUrl(String value) {
        ObjectNode client = (ObjectNode) admin.get("/clients/" + clientUuid);
        ((ObjectNode) client.get("attributes")).put(BACKCHANNEL_URL, value);
        JsonHttp.Reply r = admin.put("/clients/" + clientUuid, client);
        if (r.status() != 204) {
            throw new AssertionError("client update: " + r.status() + " " + r.body());
        }
    }

    @Override
    public void close() {
        app.stop();
        setBackchannelUrl(previousBackchannelUrl);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
