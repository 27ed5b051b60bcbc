package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final Placeholders placeholders = Placeholders.of(Map.of("MYPAGE_SMTP_HOST", "smtp.example", "EMPTY", ""));

    @Test
    void aSetVariableReplacesItsPlaceholderAndItsDefaultIsIgnored() {
        assertThat(resolve("${MYPAGE_SMTP_HOST}")).isEqualTo("smtp.example");
        assertThat(resolve("${MYPAGE_SMTP_HOST:127.0.0.1}")).isEqualTo("smtp.example");
    }

    @Test
    void anUnsetVariableTakesItsDefaultWhichMayBeEmpty() {
        assertThat(resolve("${MYPAGE_SMTP_PORT:1025}")).isEqualTo("1025");
        assertThat(resolve("${MYPAGE_SMTP_USER:}")).isEmpty();
    }

    @Test
    void aVariableSetToEmptyStaysEmptyRatherThanTakingTheDefault() {
        assertThat(resolve("${EMPTY:fallback}")).isEmpty();
    }

    @Test
    void placeholdersInsideLongerTextAreAllReplaced() {
        assertThat(resolve("smtp://${MYPAGE_SMTP_HOST}:${MYPAGE_SMTP_PORT:25}/"))
                .isEqualTo("smtp://smtp.example:25/");
    }

    @Test
    void lowerCaseNamesAreKeycloakMessageKeysAndStayAsWritten() {
        assertThat(resolve("${username}")).isEqualTo("${username}");
        assertThat(resolve("${profile.attributes.firstName}")).isEqualTo("${profile.attributes.firstName}");
    }

    @Test
    void replacementTextWithDollarsAndBackslashesIsTakenLiterally() {
        Placeholders p = Placeholders.of(Map.of("SECRET", "a$1\\b"));
        assertThat(p.resolve("${SECRET}", new TreeSet<>())).isEqualTo("a$1\\b");
    }

    @Test
    void everyStringValueOfATreeIsResolvedObjectsAndArraysAlike() throws Exception {
        JsonNode tree = AdminClient.MAPPER.readTree("""
                {"smtpServer": {"host": "${MYPAGE_SMTP_HOST:x}", "port": 25},
                 "list": ["${MYPAGE_SMTP_PORT:1025}", {"deep": "${MYPAGE_SMTP_HOST}"}]}""");
        placeholders.resolve(tree, "test.json");
        assertThat(tree.at("/smtpServer/host").asText()).isEqualTo("smtp.example");
        assertThat(tree.at("/smtpServer/port").asInt()).isEqualTo(25);
        assertThat(tree.at("/list/0").asText()).isEqualTo("1025");
        assertThat(tree.at("/list/1/deep").asText()).isEqualTo("smtp.example");
    }

    @Test
    void aMissingVariableWithoutDefaultFailsNamingEveryMissingVariableAndTheFile() throws Exception {
        JsonNode tree = AdminClient.MAPPER.readTree("{\"a\": \"${TWILIO_SECRET}\", \"b\": [\"${OTHER_SECRET}\"]}");
        assertThatThrownBy(() -> placeholders.resolve(tree, "clients.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("clients.json")
                .hasMessageContaining("OTHER_SECRET, TWILIO_SECRET");
    }

    private String resolve(String text) {
        Set<String> missing = new TreeSet<>();
        String out = placeholders.resolve(text, missing);
        assertThat(missing).isEmpty();
        return out;
    }
}
