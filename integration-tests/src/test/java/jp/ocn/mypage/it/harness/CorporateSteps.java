package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.ocn.mypage.testsupport.TwilioStub;

/**
 * Corporate administration from a test: corporations of their own (a corporate customer in the directory, its
 * representative linked, a fresh mobile, so code quotas of one test never touch another), member sign-ins at level 1
 * or 2, and calls of the corporate API with the answer's headers.
 */
public final class CorporateSteps {

    public static final String PASSWORD = CodeSteps.PASSWORD;
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 900));
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A corporation made for one test: its number, representative and the representative's mobile. */
    public record Corporation(String customerNumber, String representative, String mobileE164) {}

    /** A user ID made for one test, with its own mobile. */
    public record Member(String ocnId, String phone, String phoneE164) {}

    private final KeycloakServer server;
    private final AdminApi admin;
    private final TwilioStub twilio;

    public CorporateSteps(Fixtures fx) {
        this(fx.server(), fx.admin(), fx.twilio());
    }

    public CorporateSteps(KeycloakServer server, AdminApi admin, TwilioStub twilio) {
        this.server = server;
        this.admin = admin;
        this.twilio = twilio;
    }

    public Corporation newCorporation() {
        int n = NEXT.incrementAndGet() % 1000;
        long t = System.nanoTime() % 10_000;
        String mobile = String.format("080-8%03d-%04d", n, t);
        String number = String.format("N8%08d", (n * 10_000L + t) % 100_000_000);
        String representative = "daihyo-" + number.toLowerCase() + "@corp.example.jp";
        admin.createUser(representative, PASSWORD);
        Map<String, Object> r = new HashMap<>();
        r.put("customerNumber", number);
        r.put("holderName", "株式会社試験" + n);
        r.put("holderNameKana", "カブシキガイシャシケン");
        r.put("postalCode", "100-0001");
        r.put("corporate", true);
        r.put("corporateName", "株式会社試験" + n);
        r.put("contracts", List.of(Map.of("service", "OCN 光", "status", "active", "statusChangedOn", "2025-01-01")));
        r.put("contactPhones", List.of(mobile));
        r.put("ocnId", representative);
        JsonHttp.Reply reply = admin.importCustomers(Map.of("customers", List.of(r)));
        if (reply.status() != 200) {
            throw new AssertionError("import: " + reply.body());
        }
        return new Corporation(number, representative, e164(mobile));
    }

    /** A fresh OCN ID and mobile for a user ID to be created through the API. */
    public Member newMemberData(Corporation corporation, String label) {
        int n = NEXT.incrementAndGet() % 1000;
        long t = System.nanoTime() % 10_000;
        String phone = String.format("070-9%03d-%04d", n, t);
        return new Member(
                label + "-" + n + "-" + t + "@" + corporation.customerNumber().toLowerCase() + ".example.jp",
                phone,
                e164(phone));
    }

    /** Creates a user ID through the API as the (stepped-up) caller and gives it a password; returns its reply. */
    public Reply createMember(String bearer, Corporation corporation, Member member, List<String> roles) {
        Reply created = call(
                "POST",
                corporation.customerNumber(),
                "/members",
                bearer,
                Map.of(
                        "ocnId",
                        member.ocnId(),
                        "name",
                        "試験 利用者",
                        "phone",
                        member.phone(),
                        "roles",
                        roles,
                        "reason",
                        "入社"));
        if (created.status() == 201) {
            admin.put(
                    "/users/" + admin.userId(member.ocnId()) + "/reset-password",
                    Map.of("type", "password", "value", PASSWORD, "temporary", false));
        }
        return created;
    }

    /** A user ID created through the API with these roles (applied at once: the caller is the representative). */
    public Member newMember(String bearer, Corporation corporation, String label, List<String> roles) {
        Member member = newMemberData(corporation, label);
        Reply created = createMember(bearer, corporation, member, roles);
        if (created.status() != 201) {
            throw new AssertionError("create " + member.ocnId() + ": " + created.status() + " " + created.body());
        }
        return member;
    }

    /** The corporation's audit log, newest first, each entry as its given fields joined by ':'. */
    public List<String> audit(String customerNumber, String bearer, String... fields) {
        List<String> rows = new java.util.ArrayList<>();
        call("GET", customerNumber, "/audit", bearer, null)
                .json()
                .get("entries")
                .forEach(e -> {
                    List<String> values = new java.util.ArrayList<>();
                    for (String field : fields) {
                        values.add(e.path(field).asText(""));
                    }
                    rows.add(String.join(":", values));
                });
        return rows;
    }

    /** An access token from a password sign-in (level 1). */
    public String signIn(String username, String password) {
        LoginClient client = new LoginClient(server);
        LoginClient.Outcome o = client.laterForLinkOffer(client.login(username, password));
        if (!o.signedIn()) {
            throw new AssertionError("sign-in failed for " + username + ": " + o.status() + " " + o.error());
        }
        return client.tokens(o.code()).get("access_token").asText();
    }

    /** The token response of a sign-in at level 2 (password, then a code by SMS to the given mobile). */
    public JsonNode stepUp(LoginClient client, String username, String password, String mobileE164) {
        LoginClient.Outcome login = client.authorize("&acr_values=2");
        LoginClient.Outcome choice = client.submit(login.page(), username, password);
        String target = choice.page().select("input[name=target]").eachAttr("value").stream()
                .filter(v -> v.endsWith(":SMS"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SMS phone offered to " + username));
        LoginClient.Outcome done =
                client.laterForLinkOffer(CodeSteps.answerWithCode(client, choice, target, twilio, mobileE164));
        if (!done.signedIn()) {
            throw new AssertionError("step-up failed for " + username + ": " + done.status() + " " + done.error());
        }
        return client.tokens(done.code());
    }

    public String steppedUpToken(String username, String password, String mobileE164) {
        return stepUp(new LoginClient(server), username, password, mobileE164)
                .get("access_token")
                .asText();
    }

    /** The corporation's contracts all withdrawn (退会), as the directory's operator API records it. */
    public void withdraw(Corporation corporation) {
        JsonHttp.Reply patched = admin.directory(
                "PATCH",
                "/customers/" + corporation.customerNumber(),
                JsonHttp.json(Map.of(
                        "contracts",
                        List.of(Map.of("service", "OCN 光", "status", "withdrawn", "statusChangedOn", "2026-01-05")))));
        if (patched.status() != 200) {
            throw new AssertionError("withdraw: " + patched.body());
        }
    }

    /**
     * Moves the server's corporate clock (deputy periods) {@code offsetSeconds} ahead of real time; 0 puts it back.
     * The test clock endpoint works only on a test server (a JVM option and the dev outbox).
     */
    public void moveCorporateClock(long offsetSeconds) {
        JsonHttp.Reply moved = admin.call(
                "PUT",
                server.realmUrl() + "/mypage-test-clock",
                JsonHttp.json(Map.of("offsetSeconds", offsetSeconds)),
                null);
        if (moved.status() != 200) {
            throw new AssertionError("test clock: " + moved.status() + " " + moved.body());
        }
    }

    /** An answer of the corporate API with its headers. */
    public record Reply(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            return new JsonHttp.Reply(status, body, "").json();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** {@code path} below {@code corporations/{number}}, e.g. {@code /members}. */
    public Reply call(String method, String customerNumber, String path, String bearer, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create(server.realmUrl() + "/mypage-corporate/corporations/" + customerNumber + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JsonHttp.json(body)))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String e164(String national) {
        return "+81" + national.substring(1).replace("-", "");
    }
}
