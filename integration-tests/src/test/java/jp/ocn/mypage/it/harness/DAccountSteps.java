package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The dアカウント side of the tests: one {@link DAccountStandIn} per test run, with the realm's {@code daccount}
 * identity provider pointed at it, and the steps of a sign-in through it.
 */
public final class DAccountSteps {

    public static final String ALIAS = "daccount";
    private static DAccountStandIn standIn;

    private DAccountSteps() {}

    /**
     * The stand-in, started on first use; reset to HS256, no fault, a new subject. The provider is pointed at it and
     * enabled at every call (realm-config leaves it disabled until it is configured), since a test that re-applies
     * realm-config in between (RealmConfigReapplyIT) puts it back as realm-config has it.
     */
    public static synchronized DAccountStandIn standIn(AdminApi admin) {
        if (standIn == null) {
            standIn = DAccountStandIn.start();
        }
        configure(admin, standIn.providerConfig());
        enable(admin, true);
        standIn.reset();
        return standIn;
    }

    /** Changes settings of the realm's {@code daccount} provider (the others stay). */
    public static void configure(AdminApi admin, Map<String, String> config) {
        ObjectNode idp = (ObjectNode) admin.get("/identity-provider/instances/" + ALIAS);
        ObjectNode c = (ObjectNode) idp.get("config");
        config.forEach(c::put);
        JsonHttp.Reply r = admin.put("/identity-provider/instances/" + ALIAS, idp);
        if (r.status() != 204) {
            throw new AssertionError("identity provider update: " + r.status() + " " + r.body());
        }
    }

    /** Switches the realm's {@code daccount} provider on or off (off: no button on the login page). */
    public static void enable(AdminApi admin, boolean enabled) {
        ObjectNode idp = (ObjectNode) admin.get("/identity-provider/instances/" + ALIAS);
        idp.put("enabled", enabled);
        JsonHttp.Reply r = admin.put("/identity-provider/instances/" + ALIAS, idp);
        if (r.status() != 204) {
            throw new AssertionError("identity provider update: " + r.status() + " " + r.body());
        }
    }

    /** Opens the login page and presses 「dアカウントでログイン」; returns what the browser lands on. */
    public static LoginClient.Outcome start(LoginClient client) {
        return pressButton(client, client.openLoginPage());
    }

    public static LoginClient.Outcome pressButton(LoginClient client, Document loginPage) {
        Element button = loginPage.getElementById("social-" + ALIAS);
        if (button == null) {
            throw new AssertionError("no d ACCOUNT button on: " + loginPage.text());
        }
        return client.open(button.absUrl("href"));
    }

    /** On the first-sign-in page: 「OCN IDでログインして連携する」, then the OCN ID and password. */
    public static LoginClient.Outcome linkWithPassword(
            LoginClient client, LoginClient.Outcome intro, String username, String password) {
        if (intro.page() == null || intro.page().getElementById("mypage-daccount-link-continue") == null) {
            throw new AssertionError("no d ACCOUNT link page: " + intro.body());
        }
        LoginClient.Outcome login = client.click(intro.page(), "mypage-daccount-link-continue", Map.of());
        if (login.page() == null || login.page().selectFirst("form#kc-form-login") == null) {
            throw new AssertionError("no login form after the link page: " + login.body());
        }
        return client.submit(login.page(), username, password);
    }

    /** The accounts linked with this dアカウント subject (at most one). */
    public static JsonNode usersLinkedTo(AdminApi admin, String subject) {
        return admin.get(
                "/users?idpAlias=" + ALIAS + "&idpUserId=" + JsonHttp.enc(subject) + "&briefRepresentation=true");
    }

    /** The account's links with identity providers. */
    public static JsonNode links(AdminApi admin, String userId) {
        return admin.get("/users/" + userId + "/federated-identity");
    }

    /** kc_action=idp_link:daccount: Keycloak asks first (続ける / キャンセル), then the stand-in consents at once. */
    public static LoginClient.Outcome linkFromPortal(LoginClient portal) {
        LoginClient.Outcome confirm = portal.authorize("&kc_action=idp_link:" + ALIAS);
        Element proceed =
                confirm.page() == null ? null : confirm.page().selectFirst("form [type=submit]:not([name*=cancel])");
        if (proceed == null) {
            throw new AssertionError("no link confirmation page: " + confirm.body());
        }
        return proceed.id().isEmpty()
                ? portal.post(confirm.page(), "form", Map.of(proceed.attr("name"), proceed.val()))
                : portal.click(confirm.page(), proceed.id(), Map.of());
    }
}
