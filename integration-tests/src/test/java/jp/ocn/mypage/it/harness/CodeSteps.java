package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ocn.mypage.testsupport.TwilioStub;

/** Test accounts with phones of their own (so quotas of one test never touch another), and code helpers. */
public final class CodeSteps {

    public static final String PASSWORD = "Code-Test-2026!";
    /** The phone choice page's form and the code entry page's form. */
    public static final String CHOOSE = "form#mypage-code-choose";

    public static final String ENTER = "form#mypage-code-enter";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    /** An account linked to a fresh customer with its own mobile and landline. */
    public record Account(
            String username,
            String customerNumber,
            String mobile,
            String landline,
            String mobileE164,
            String landlineE164) {}

    private CodeSteps() {}

    public static Account newAccount(AdminApi admin) {
        return newAccount(admin, true);
    }

    /** An account and a customer of its own with a mobile and a landline; linked to each other when asked. */
    public static Account newAccount(AdminApi admin, boolean linked) {
        int n = NEXT.incrementAndGet() % 10_000;
        long t = System.nanoTime() % 10_000;
        String mobile = String.format("090-7%03d-%04d", n % 1000, t);
        String landline = String.format("03-5%03d-%04d", n % 1000, t);
        String number = String.format("N6%08d", (n * 10_000L + t) % 100_000_000);
        String username = "code-" + number.toLowerCase() + "@ocn.ne.jp";
        admin.createUser(username, PASSWORD);
        Map<String, Object> r = new HashMap<>();
        r.put("customerNumber", number);
        r.put("holderName", "認証 試験");
        r.put("holderNameKana", "ニンショウ シケン");
        r.put("birthDate", "1990-02-03");
        r.put("postalCode", "100-0001");
        r.put("contracts", List.of(Map.of("service", "OCN 光", "status", "active", "statusChangedOn", "2025-01-01")));
        r.put("contactPhones", List.of(mobile, landline));
        if (linked) {
            r.put("ocnId", username);
        }
        JsonHttp.Reply reply = admin.importCustomers(Map.of("customers", List.of(r)));
        if (reply.status() != 200) {
            throw new AssertionError("import: " + reply.body());
        }
        return new Account(
                username,
                number,
                mobile,
                landline,
                "+81" + mobile.substring(1).replace("-", ""),
                "+81" + landline.substring(1).replace("-", ""));
    }

    /**
     * The six digits of the last SMS or call to this number; waits up to 10 s for the first one (recovery codes
     * are sent in the background, after the page is answered).
     */
    public static String lastCode(TwilioStub twilio, String e164) {
        List<TwilioStub.Recorded> sent = sentTo(twilio, e164);
        long deadline = System.currentTimeMillis() + 10_000;
        while (sent.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sent = sentTo(twilio, e164);
        }
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent to " + e164);
        }
        Map<String, String> form = sent.get(sent.size() - 1).form();
        String text =
                form.containsKey("Body") ? form.get("Body") : form.get("Twiml").replaceAll("<[^>]+>", " ");
        Matcher m = Pattern.compile(
                        "(?<![0-9])([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])(?![0-9])")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("no code in: " + text);
        }
        StringBuilder code = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            code.append(m.group(i));
        }
        return code.toString();
    }

    /** What the Twilio stub received for this number (texts and calls), oldest first. */
    public static List<TwilioStub.Recorded> sentTo(TwilioStub twilio, String e164) {
        return twilio.requests().stream()
                .filter(r -> e164.equals(r.form().get("To")))
                .toList();
    }

    /** How many texts and calls went to this number. */
    public static long countSentTo(TwilioStub twilio, String e164) {
        return sentTo(twilio, e164).size();
    }

    /** The last text or call to this number; there must be one. */
    public static TwilioStub.Recorded lastSentTo(TwilioStub twilio, String e164) {
        List<TwilioStub.Recorded> sent = sentTo(twilio, e164);
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent to " + e164);
        }
        return sent.get(sent.size() - 1);
    }

    /**
     * On a phone choice page: sends a code to the given target ("0:SMS", "1:VOICE"…), reads it where it arrived
     * (number {@code toE164} at the Twilio stub) and enters it; returns what follows.
     */
    public static LoginClient.Outcome answerWithCode(
            LoginClient client, LoginClient.Outcome choice, String target, TwilioStub twilio, String toE164) {
        if (choice.page() == null || choice.page().selectFirst(CHOOSE) == null) {
            throw new AssertionError("no phone choice page: " + choice.body());
        }
        LoginClient.Outcome entry = send(client, choice, target);
        if (entry.page() == null || entry.page().selectFirst(ENTER) == null) {
            throw new AssertionError("no code entry page: " + entry.body());
        }
        return enter(client, entry, lastCode(twilio, toE164));
    }

    /** Signs in with {@link #PASSWORD} asking for level 2 (step-up): the phone choice page. */
    public static LoginClient.Outcome stepUpChoice(LoginClient client, Account account) {
        LoginClient.Outcome login = client.authorize("&acr_values=2");
        LoginClient.Outcome choice = client.submit(login.page(), account.username(), PASSWORD);
        if (choice.page() == null || choice.page().selectFirst(CHOOSE) == null) {
            throw new AssertionError("no phone choice page: " + choice.body());
        }
        return choice;
    }

    /** On the phone choice page: sends a code to a target ("0:SMS", "1:VOICE"…). */
    public static LoginClient.Outcome send(LoginClient client, LoginClient.Outcome choice, String target) {
        return client.post(choice.page(), CHOOSE, Map.of("target", target, "action", "send"));
    }

    /** On the code entry page: enters a code. */
    public static LoginClient.Outcome enter(LoginClient client, LoginClient.Outcome page, String code) {
        return client.post(page.page(), ENTER, Map.of("code", code, "action", "verify"));
    }

    /** On the code entry page: back to the phone choice. */
    public static LoginClient.Outcome back(LoginClient client, LoginClient.Outcome entry) {
        return client.post(entry.page(), ENTER, Map.of("action", "back"));
    }

    /** Sets rules of the code authenticator (config "mypage phone code"), e.g. a shorter cooldown for one test. */
    public static void configure(AdminApi admin, Map<String, String> overrides) {
        JsonNode executions = admin.get(
                "/authentication/flows/" + JsonHttp.enc("mypage browser").replace("+", "%20") + "/executions");
        for (JsonNode e : executions) {
            if ("mypage-phone-code".equals(e.path("providerId").asText()) && e.has("authenticationConfig")) {
                String id = e.get("authenticationConfig").asText();
                JsonNode current = admin.get("/authentication/config/" + id);
                @SuppressWarnings("unchecked")
                Map<String, Object> config = JsonHttp.MAPPER.convertValue(current.get("config"), Map.class);
                config.putAll(overrides);
                JsonHttp.Reply r = admin.put(
                        "/authentication/config/" + id,
                        Map.of("id", id, "alias", current.get("alias").asText(), "config", config));
                if (r.status() != 204) {
                    throw new AssertionError("config update: " + r.status() + " " + r.body());
                }
                return;
            }
        }
        throw new AssertionError("no mypage-phone-code execution with a config");
    }

    public static final Map<String, String> DEFAULTS = Map.of(
            "codeLifetimeSeconds",
            "300",
            "maxFailures",
            "5",
            "resendCooldownSeconds",
            "60",
            "perNumberPer10Minutes",
            "5",
            "perNumberPerDay",
            "10",
            "perAccountPerDay",
            "10",
            // The whole suite signs in from 127.0.0.1: the IP quota is tested on its own with a low value.
            "perIpPerHour",
            "10000");
}
