package jp.ocn.mypage.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** What attackers and owners do around a lockout, and what the tests read back (brute-force state, mails). */
public final class LockoutSteps {

    /** The lock answer's end time, as shown (JST). */
    public static final Pattern UNTIL = Pattern.compile("20[0-9]{2}/[01][0-9]/[0-3][0-9] [0-2][0-9]:[0-5][0-9]");
    /** Shorter lock steps (1 s, at most 2 s) so a test need not wait minutes; every other rule stays the realm's own. */
    public static final Map<String, Object> SHORT_WAITS = Map.of("waitIncrementSeconds", 1, "maxFailureWaitSeconds", 2);

    private LockoutSteps() {}

    /**
     * Two wrong passwords within the realm's quick-login window (1 s) lock the ID for a minute. Both login pages are
     * opened first, so that only the two submissions fall in the window (a loaded machine would otherwise miss it).
     */
    public static void lockByQuickFailures(KeycloakServer server, String username) {
        LoginClient first = new LoginClient(server);
        LoginClient second = new LoginClient(server);
        Document firstPage = first.openLoginPage();
        Document secondPage = second.openLoginPage();
        first.submit(firstPage, username, "Wrong-Password-1");
        second.submit(secondPage, username, "Wrong-Password-2");
    }

    /** Changes realm settings for one test; closing puts back the values the realm had, whatever they were. */
    public static AutoCloseable realmSettings(AdminApi admin, Map<String, Object> overrides) {
        JsonNode realm = admin.get("");
        Map<String, Object> original = new java.util.HashMap<>();
        overrides.keySet().forEach(name -> original.put(name, realm.get(name).asInt()));
        assertThat(admin.put("", overrides).status()).isEqualTo(204);
        return () -> assertThat(admin.put("", original).status()).isEqualTo(204);
    }

    /** Keycloak's brute-force state of the user, as operators see it. */
    public static JsonNode bruteForce(KeycloakServer server, AdminApi admin, String userId) {
        return admin.call(
                        "GET",
                        server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM
                                + "/attack-detection/brute-force/users/" + userId,
                        null,
                        admin.token())
                .json();
    }

    public static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(100);
        }
    }

    public static List<MailCatcher.Mail> lockMails(MailCatcher mail, String to) {
        return mail.to(to).stream()
                .filter(m -> m.subject().contains("ロックされました"))
                .toList();
    }

    public static MailCatcher.Mail awaitLockMail(MailCatcher mail, String to) throws InterruptedException {
        await("a lockout mail to " + to, 15_000, () -> !lockMails(mail, to).isEmpty());
        List<MailCatcher.Mail> found = lockMails(mail, to);
        return found.get(found.size() - 1);
    }

    public static String unlockLink(MailCatcher.Mail notice) {
        Matcher m = Pattern.compile("https?://\\S+mypage_route=unlock\\S+").matcher(notice.body());
        assertThat(m.find()).as(notice.body()).isTrue();
        return m.group().replace("&amp;", "&");
    }

    /** The key (the signed token) of an unlock link. */
    public static String keyOf(String link) {
        Matcher m = Pattern.compile("[?&]key=([^&\\s]+)").matcher(link);
        assertThat(m.find()).as(link).isTrue();
        return m.group(1);
    }

    public static String linkWithKey(KeycloakServer server, String key) {
        return server.realmUrl() + "/login-actions/reset-credentials?client_id=account&mypage_route=unlock&key=" + key;
    }

    /** The lock answer with its end time blanked out: what must be alike for every ID. */
    public static String withoutTime(String answer) {
        return UNTIL.matcher(answer).replaceAll("<until>");
    }

    public static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
