package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The attack: a demo client's well-known secret, or a {@code http://localhost:*} redirect that hands codes to
 * whatever listens on the user's machine, reaches production with the realm files. The realm that compose and
 * production apply (realm-config/mypage/) has neither; the demo clients live in realm-config/demo/, which only the dev command and
 * the test harness add.
 */
class ProductionRealmHasNoDemoSecretsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value taken from the environment or Keycloak's vault at import, e.g. {@code ${MYPAGE_SMTP_PASSWORD:}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");
    /** Keys that hold a secret: {@code secret}, {@code password}, {@code secretData}, {@code privateKey}, … */
    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(secret|password|secretdata|privatekey|apikey|authtoken)");

    @Test
    void theProductionRealmHasNoLocalhostAddressAnywhere() throws IOException {
        List<String> found = new ArrayList<>();
        walk(productionRealm(), "$", (path, key, value) -> {
            if (value.toLowerCase(Locale.ROOT).contains("localhost")) {
                found.add(path + " = " + value);
            }
        });
        assertThat(found).as("localhost addresses in realm-config/mypage/").isEmpty();
    }

    @Test
    void theProductionRealmHasNoLiteralSecrets() throws IOException {
        List<String> found = new ArrayList<>();
        walk(productionRealm(), "$", (path, key, value) -> {
            if (key != null
                    && SECRET_KEY
                            .matcher(key.substring(key.lastIndexOf('.') + 1))
                            .matches()
                    && !value.isEmpty()
                    && !PLACEHOLDER.matcher(value).matches()) {
                found.add(path + " = " + value);
            }
        });
        assertThat(found)
                .as("literal secrets in realm-config/mypage/ (use ${ENV} or ${vault.key})")
                .isEmpty();
    }

    @Test
    void theProductionRealmHasNoDemoClients() throws IOException {
        JsonNode clients = productionRealm().path("clients");
        List<String> ids = new ArrayList<>();
        clients.forEach(c -> ids.add(c.path("clientId").asText()));
        assertThat(ids).doesNotContain("mypage-portal", "mypage-call-details");
        clients.forEach(c -> assertThat(c.has("secret")
                        && !PLACEHOLDER.matcher(c.path("secret").asText()).matches())
                .as("client %s has a literal secret", c.path("clientId").asText())
                .isFalse());
    }

    @Test
    void theDevCommandsDemoClientsKeepTheDevContract() throws IOException {
        JsonNode demo = JSON.readTree(repositoryRoot()
                .resolve("realm-config/demo/mypage-demo-clients.json")
                .toFile());
        JsonNode portal = null;
        for (JsonNode c : demo.path("clients")) {
            if ("mypage-portal".equals(c.path("clientId").asText())) {
                portal = c;
            }
        }
        assertThat(portal).as("mypage-portal in realm-config/demo").isNotNull();
        assertThat(portal.path("secret").asText()).isEqualTo("mypage-portal-secret");
        assertThat(portal.path("redirectUris").toString()).contains("http://localhost:*");
        assertThat(Files.readString(repositoryRoot().resolve("dev.sh")))
                .contains("realm-config/demo/mypage-demo-clients.json");
    }

    private interface Visitor {
        void text(String path, String key, String value);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        walk(node, path, null, visitor);
    }

    private static void walk(JsonNode node, String path, String key, Visitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", key, visitor);
            }
        } else if (node.isTextual()) {
            visitor.text(path, key, node.asText());
        }
    }

    /**
     * The realm that compose and production apply: every file of realm-config/mypage/ as written (placeholders
     * unresolved), under its file name, and all their clients together under {@code clients}.
     */
    private static JsonNode productionRealm() throws IOException {
        ObjectNode realm = JSON.createObjectNode();
        ArrayNode clients = realm.putArray("clients");
        try (Stream<Path> files = Files.list(repositoryRoot().resolve("realm-config/mypage"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode part = JSON.readTree(file.toFile());
                realm.set(file.getFileName().toString(), part);
                part.path("clients").forEach(clients::add);
            }
        }
        return realm;
    }

    private static Path repositoryRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dev.sh")) && Files.isDirectory(dir.resolve("realm-config"))) {
                return dir;
            }
        }
        return fail("No folder holding dev.sh and realm-config/ found at or above " + start);
    }
}
