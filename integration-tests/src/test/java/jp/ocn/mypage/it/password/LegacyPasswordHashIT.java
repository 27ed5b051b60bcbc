package jp.ocn.mypage.it.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LegacyAccounts;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.realmapply.AdminClient;
import jp.ocn.mypage.realmapply.legacy.LegacyImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts moved in from the old system with bcrypt and scrypt hashes sign in without a reset, end up on the realm's
 * Argon2id after the first sign-in, and a hostile or broken hash neither costs CPU nor shows as a 500.
 */
@ExtendWith(MyPageServerExtension.class)
class LegacyPasswordHashIT {

    private static final int ROUNDS = 11;
    private final Fixtures fx;

    LegacyPasswordHashIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void bcryptAccountSignsInWithItsOldPasswordAndIsThenOnArgon2() {
        String name = LegacyAccounts.importAll(
                        fx.server(),
                        fx.admin(),
                        "legacy-bcrypt",
                        1,
                        LegacyAccounts.bcrypt(10, LegacyAccounts.BCRYPT_HASH))
                .get(0);
        signsInOnceThenHoldsArgon2(name, LegacyAccounts.BCRYPT_PASSWORD, "bcrypt");
    }

    @Test
    void scryptAccountSignsInWithItsOldPasswordAndIsThenOnArgon2() {
        String name = LegacyAccounts.importAll(
                        fx.server(),
                        fx.admin(),
                        "legacy-scrypt",
                        1,
                        LegacyAccounts.scrypt(16384, 8, 1, LegacyAccounts.SCRYPT_KEY, LegacyAccounts.SCRYPT_SALT))
                .get(0);
        signsInOnceThenHoldsArgon2(name, LegacyAccounts.SCRYPT_PASSWORD, "scrypt");
    }

    private void signsInOnceThenHoldsArgon2(String name, String password, String algorithm) {
        String userId = fx.admin().userId(name);
        assertThat(LegacyAccounts.passwordAlgorithm(fx.admin(), userId)).isEqualTo(algorithm);

        LoginClient.Outcome wrong = fx.browser().login(name, password + "x");
        assertThat(wrong.signedIn()).isFalse();
        assertThat(wrong.error()).contains("正しくありません");
        assertThat(LegacyAccounts.passwordAlgorithm(fx.admin(), userId)).isEqualTo(algorithm);

        LoginClient client = fx.browser();
        assertThat(client.laterForLinkOffer(client.login(name, password)).signedIn())
                .isTrue();
        assertThat(LegacyAccounts.passwordAlgorithm(fx.admin(), userId))
                .as("re-hashed with the realm's algorithm, the old hash gone")
                .isEqualTo("argon2");
        assertThat(fx.admin().get("/users/" + userId + "/credentials").toString())
                .doesNotContain(algorithm)
                .doesNotContain(LegacyAccounts.BCRYPT_HASH);
        LoginClient again = fx.browser();
        assertThat(again.laterForLinkOffer(again.login(name, password)).signedIn())
                .isTrue();
    }

    @Test
    void importCheckRefusesOverCostAndMalformedHashesWithTheirReason() {
        List<Map<String, Object>> users = List.of(
                LegacyAccounts.user("ok@ocn.ne.jp", LegacyAccounts.bcrypt(10, LegacyAccounts.BCRYPT_HASH)),
                LegacyAccounts.user(
                        "dos-bcrypt@ocn.ne.jp",
                        LegacyAccounts.bcrypt(15, LegacyAccounts.BCRYPT_HASH.replace("$10$", "$15$"))),
                LegacyAccounts.user(
                        "dos-scrypt@ocn.ne.jp",
                        LegacyAccounts.scrypt(1 << 21, 8, 1, LegacyAccounts.SCRYPT_KEY, LegacyAccounts.SCRYPT_SALT)),
                LegacyAccounts.user("broken@ocn.ne.jp", LegacyAccounts.bcrypt(10, "not-a-bcrypt-hash")));
        JsonHttp.Reply r = LegacyAccounts.operator(fx.server(), fx.admin(), "POST", "/check", Map.of("users", users));
        assertThat(r.status()).isEqualTo(200);
        JsonNode errors = r.json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(errors.get(0).get("error").asText()).isEqualTo("over_cost");
        assertThat(errors.get(0).get("message").asText()).contains("cost 15 is above the limit 14");
        assertThat(errors.get(1).get("error").asText()).isEqualTo("over_cost");
        assertThat(errors.get(2).get("username").asText()).isEqualTo("broken@ocn.ne.jp");
        assertThat(errors.get(2).get("error").asText()).isEqualTo("malformed");
    }

    @Test
    void hashesImportedPastTheCheckAreNeverComputedAndNeverA500() {
        String overCost = LegacyAccounts.importAll(
                        fx.server(),
                        fx.admin(),
                        "legacy-dos",
                        1,
                        LegacyAccounts.bcrypt(15, LegacyAccounts.BCRYPT_HASH.replace("$10$", "$15$")))
                .get(0);
        String broken = LegacyAccounts.importAll(
                        fx.server(), fx.admin(), "legacy-broken", 1, LegacyAccounts.bcrypt(10, "$2a$10$tooShort"))
                .get(0);
        String migrated = "legacy-ref-" + System.nanoTime() + "@ocn.ne.jp";
        fx.admin().createUser(migrated, "Correct-Horse-2026");
        LoginClient.Outcome wrongPassword = fx.browser().login(migrated, "Wrong-Password-1");
        long reference = wrongPassword.millis();

        for (String[] c : new String[][] {{overCost, "over_cost"}, {broken, "malformed"}}) {
            LoginClient.Outcome o = fx.browser().login(c[0], LegacyAccounts.BCRYPT_PASSWORD);
            assertThat(o.status()).as(c[0]).isLessThan(500).isEqualTo(wrongPassword.status());
            assertThat(o.signedIn()).isFalse();
            assertThat(o.error()).contains("正しくありません");
            // cost 15 would take 32 times cost 10: never computed, the answer comes as fast as any refusal
            assertThat(o.millis())
                    .as("answer time vs a migrated account's %d ms", reference)
                    .isLessThan(4 * reference + 2000);
            JsonNode event =
                    fx.admin().eventsOf("LOGIN_ERROR", fx.admin().userId(c[0])).get(0);
            assertThat(event.path("error").asText()).isEqualTo("invalid_user_credentials");
            assertThat(event.path("details").path("mypage_legacy_hash").asText())
                    .isEqualTo(c[1]);
            assertThat(event.path("details").path("reason").asText()).startsWith("bcrypt: ");
        }
        assertThat(fx.server().logTail()).contains("MyPage legacy password hash refused at sign-in");
    }

    /** The attacker times wrong passwords: a legacy-hash account must look like an unknown ID and a migrated one. */
    @Test
    void answerTimeDoesNotTellALegacyAccountFromAnUnknownOrMigratedOne() {
        // Each account fails once only, so brute-force protection never locks one during the measurement.
        List<String> legacy = LegacyAccounts.importAll(
                fx.server(),
                fx.admin(),
                "legacy-time",
                ROUNDS + 1,
                LegacyAccounts.bcrypt(10, LegacyAccounts.BCRYPT_HASH));
        List<String> migrated = new ArrayList<>();
        for (int i = 0; i <= ROUNDS; i++) {
            String name = "migrated-time-" + i + "-" + System.nanoTime() + "@ocn.ne.jp";
            fx.admin().createUser(name, "Correct-Horse-2026");
            migrated.add(name);
        }
        // Warm-up of every path (JIT, the pace's first timings).
        fx.browser().login(legacy.get(ROUNDS), "Wrong-Password-1");
        fx.browser().login(migrated.get(ROUNDS), "Wrong-Password-1");
        fx.browser().login("nobody-warm-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1");
        List<Long> legacyTimes = new ArrayList<>();
        List<Long> migratedTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            legacyTimes.add(
                    fx.browser().login(legacy.get(i), "Wrong-Password-1").millis());
            migratedTimes.add(
                    fx.browser().login(migrated.get(i), "Wrong-Password-1").millis());
            unknownTimes.add(fx.browser()
                    .login("nobody-" + i + "-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1")
                    .millis());
        }
        // The median of each round's ratio: the three answers of a round share the machine's load of that moment.
        assertThat(medianRatio(legacyTimes, unknownTimes))
                .as("legacy / unknown ID (%s vs %s)", legacyTimes, unknownTimes)
                .isBetween(0.9, 1.1);
        assertThat(medianRatio(legacyTimes, migratedTimes))
                .as("legacy / migrated (%s vs %s)", legacyTimes, migratedTimes)
                .isBetween(0.9, 1.1);
    }

    @Test
    void importCommandReportsTheBadRecordImportsTheRestAndResumes(@TempDir Path dir) throws Exception {
        String tag = Long.toString(System.nanoTime());
        String good1 = "cmd-good1-" + tag + "@ocn.ne.jp";
        String bad = "cmd-bad-" + tag + "@ocn.ne.jp";
        String good2 = "cmd-good2-" + tag + "@ocn.ne.jp";
        Path export = dir.resolve("export.jsonl");
        Files.writeString(
                export,
                String.join(
                        "\n",
                        line(good1, "\"algorithm\":\"bcrypt\",\"hash\":\"" + LegacyAccounts.BCRYPT_HASH + "\""),
                        line(
                                bad,
                                "\"algorithm\":\"bcrypt\",\"hash\":\""
                                        + LegacyAccounts.BCRYPT_HASH.replace("$10$", "$15$") + "\""),
                        line(
                                good2,
                                "\"algorithm\":\"scrypt\",\"n\":16384,\"r\":8,\"p\":1,\"salt\":\""
                                        + LegacyAccounts.SCRYPT_SALT + "\",\"key\":\"" + LegacyAccounts.SCRYPT_KEY
                                        + "\"")),
                StandardCharsets.UTF_8);
        Path state = dir.resolve("export.state");
        Path rejects = dir.resolve("export.rejects");
        List<String> printed = new ArrayList<>();
        LegacyImport command = new LegacyImport(
                new AdminClient(fx.server().baseUrl(), AdminClient.Credentials.password("admin", "admin")),
                "mypage",
                2,
                printed::add);

        LegacyImport.Report first = command.run(export, state, rejects);
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.refused()).isEqualTo(1);
        assertThat(Files.readString(rejects)).contains("\"line\":2", bad, "over_cost", "cost 15 is above the limit 14");
        assertThat(printed).anyMatch(l -> l.contains("accounts/s"));
        assertThat(fx.admin().get("/users?exact=true&username=" + JsonHttp.enc(bad)))
                .isEmpty();
        assertThat(LegacyAccounts.passwordAlgorithm(fx.admin(), fx.admin().userId(good1)))
                .isEqualTo("bcrypt");
        assertThat(LegacyAccounts.passwordAlgorithm(fx.admin(), fx.admin().userId(good2)))
                .isEqualTo("scrypt");

        JsonNode counts = LegacyAccounts.operator(fx.server(), fx.admin(), "GET", "/counts", null)
                .json();
        assertThat(counts.path("algorithms").path("bcrypt").asLong()).isPositive();
        assertThat(counts.path("algorithms").path("scrypt").asLong()).isPositive();

        LegacyImport.Report rerun = command.run(export, state, rejects);
        assertThat(rerun.resumedAt()).isEqualTo(3);
        assertThat(rerun.added()).isZero();
    }

    private static String line(String ocnId, String hash) {
        return "{\"ocnId\":\"" + ocnId + "\",\"lastName\":\"移行\",\"firstName\":\"太郎\"," + hash + "}";
    }

    private static double medianRatio(List<Long> numerators, List<Long> denominators) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < numerators.size(); i++) {
            ratios.add((double) numerators.get(i) / Math.max(1, denominators.get(i)));
        }
        return ratios.stream().sorted().toList().get(ratios.size() / 2);
    }
}
