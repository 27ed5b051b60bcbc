package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonSubsetTest {

    @Test
    void fieldsTheServerHasButRealmConfigDoesNotNameAreNoDifference() {
        assertThat(diff("{\"a\": 1}", "{\"a\": 1, \"id\": \"x\", \"b\": {\"c\": 2}}"))
                .isEmpty();
    }

    @Test
    void aChangedValueIsOneDifferenceNamingPathOldAndNewValue() {
        assertThat(diff(
                        "{\"attributes\": {\"mypage.x\": \"7\"}}",
                        "{\"attributes\": {\"mypage.x\": \"5\", \"other\": \"1\"}}"))
                .containsExactly("attributes.mypage.x: 5 -> 7");
    }

    @Test
    void scalarsCompareAsTextSoNumbersAndBooleansMatchTheirStrings() {
        assertThat(diff("{\"port\": \"1025\", \"on\": \"true\"}", "{\"port\": 1025, \"on\": true}"))
                .isEmpty();
        assertThat(diff("{\"port\": \"1026\"}", "{\"port\": 1025}")).hasSize(1);
    }

    @Test
    void listsOfPlainValuesAreSetsInAnyOrder() {
        assertThat(diff("{\"l\": [\"ja\", \"en\"]}", "{\"l\": [\"en\", \"ja\"]}"))
                .isEmpty();
        assertThat(diff("{\"l\": [\"ja\", \"en\"]}", "{\"l\": [\"ja\"]}")).hasSize(1);
        assertThat(diff("{\"l\": [\"ja\"]}", "{\"l\": [\"ja\", \"en\"]}")).hasSize(1);
    }

    @Test
    void listsOfObjectsMatchElementByElementAndARemovedEntryIsADifference() {
        String server = "{\"attributes\": [{\"name\": \"a\", \"x\": 1}, {\"name\": \"b\", \"x\": 2}]}";
        assertThat(diff("{\"attributes\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}", server))
                .isEmpty();
        assertThat(diff("{\"attributes\": [{\"name\": \"a\"}]}", server)).containsExactly("attributes: 2 entries -> 1");
        assertThat(diff("{\"attributes\": [{\"name\": \"b\"}, {\"name\": \"a\"}]}", server))
                .hasSize(2);
    }

    @Test
    void emptyOrNullInRealmConfigEqualsAbsentOnTheServerButNotAValue() {
        assertThat(diff("{\"user\": \"\", \"config\": {}, \"list\": [], \"n\": null}", "{}"))
                .isEmpty();
        assertThat(diff("{\"user\": \"\"}", "{\"user\": \"someone\"}")).hasSize(1);
    }

    @Test
    void aMissingFieldOnTheServerIsADifference() {
        assertThat(diff("{\"displayName\": \"OCN マイページ\"}", "{}")).containsExactly("displayName: (none) -> OCN マイページ");
    }

    @Test
    void aMaskedSecretOnTheServerMatchesAnyWantedValue() {
        assertThat(diff(
                        "{\"smtpServer\": {\"password\": \"s3cret\"}}",
                        "{\"smtpServer\": {\"password\": \"**********\"}}"))
                .isEmpty();
    }

    @Test
    void overlayKeepsTheServersOtherFieldsAndMergesNestedObjects() throws Exception {
        ObjectNode server =
                (ObjectNode) json("{\"id\": \"1\", \"attributes\": {\"a\": \"1\", \"b\": \"2\"}, \"list\": [1, 2]}");
        ObjectNode out = JsonSubset.overlay(server, json("{\"attributes\": {\"b\": \"3\"}, \"list\": [3]}"));
        assertThat(out).isEqualTo(json("{\"id\": \"1\", \"attributes\": {\"a\": \"1\", \"b\": \"3\"}, \"list\": [3]}"));
        assertThat(server.get("attributes").get("b").asText())
                .as("the server's tree is left as it was")
                .isEqualTo("2");
    }

    private static java.util.List<String> diff(String desired, String current) {
        return JsonSubset.differences(json(desired), json(current));
    }

    private static JsonNode json(String text) {
        try {
            return AdminClient.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
