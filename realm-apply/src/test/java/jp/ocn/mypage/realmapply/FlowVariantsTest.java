package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowVariantsTest {

    private static final String FLOWS = """
            {"realm": "r",
             "authenticationFlows": [
               {"alias": "main", "topLevel": true, "description": "d", "authenticationExecutions": [
                 {"flowAlias": "main forms", "requirement": "ALTERNATIVE", "priority": 10},
                 {"authenticator": "gate", "requirement": "REQUIRED", "priority": 20}]},
               {"alias": "main forms", "description": "forms", "authenticationExecutions": [
                 {"authenticator": "loa", "requirement": "REQUIRED", "priority": 10, "authenticatorConfig": "main loa2"},
                 {"authenticator": "code", "requirement": "REQUIRED", "priority": 20, "authenticatorConfig": "phone code"}]}],
             "authenticatorConfig": [
               {"alias": "main loa2", "config": {"loa-condition-level": "2", "loa-max-age": "300"}},
               {"alias": "phone code", "config": {"codeLifetimeSeconds": "300"}}],
             "flowVariants": [%s]}""";

    @Test
    void theVariantCopiesEveryFlowUnderTheSourceRenamingTheAliasPrefix() {
        ObjectNode realm = expand(
                "{\"alias\": \"fresh\", \"copyOf\": \"main\", \"authenticatorConfig\": {\"main loa2\": {\"loa-max-age\": \"0\"}}}");
        assertThat(aliases(realm.get("authenticationFlows")))
                .containsExactly("main", "main forms", "fresh", "fresh forms");
        JsonNode fresh = flow(realm, "fresh");
        assertThat(fresh.get("topLevel").asBoolean()).isTrue();
        assertThat(fresh.get("description").asText()).isEqualTo("d");
        assertThat(fresh.at("/authenticationExecutions/0/flowAlias").asText()).isEqualTo("fresh forms");
    }

    @Test
    void settingsNamedAfterTheSourceAreCopiedWithTheOverrideAndOthersStayShared() {
        ObjectNode realm = expand(
                "{\"alias\": \"fresh\", \"copyOf\": \"main\", \"authenticatorConfig\": {\"main loa2\": {\"loa-max-age\": \"0\"}}}");
        JsonNode forms = flow(realm, "fresh forms");
        assertThat(forms.at("/authenticationExecutions/0/authenticatorConfig").asText())
                .isEqualTo("fresh loa2");
        assertThat(forms.at("/authenticationExecutions/1/authenticatorConfig").asText())
                .isEqualTo("phone code");
        assertThat(aliases(realm.get("authenticatorConfig"))).containsExactly("main loa2", "phone code", "fresh loa2");
        assertThat(realm.at("/authenticatorConfig/2/config/loa-max-age").asText())
                .isEqualTo("0");
        assertThat(realm.at("/authenticatorConfig/2/config/loa-condition-level").asText())
                .isEqualTo("2");
        assertThat(realm.at("/authenticatorConfig/0/config/loa-max-age").asText())
                .as("the source keeps its value")
                .isEqualTo("300");
        assertThat(realm.has("flowVariants")).isFalse();
    }

    @Test
    void anOverrideOfASettingTheSourceDoesNotHaveIsAnErrorNotSilentlyIgnored() {
        assertThatThrownBy(() -> expand(
                        "{\"alias\": \"fresh\", \"copyOf\": \"main\", \"authenticatorConfig\": {\"main loa3\": {}}}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("main loa3");
    }

    @Test
    void aVariantOfAMissingFlowOrOverAWrittenOutFlowIsAnError() {
        assertThatThrownBy(() -> expand("{\"alias\": \"fresh\", \"copyOf\": \"nope\"}"))
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> expand("{\"alias\": \"main forms\", \"copyOf\": \"main\"}"))
                .hasMessageContaining("already written out");
    }

    @Test
    void aSubFlowWhoseAliasDoesNotStartWithTheSourceCannotBeNamedAndIsAnError() {
        String flows = FLOWS.replace("\"main forms\"", "\"forms\"");
        assertThatThrownBy(() -> expand(flows, "{\"alias\": \"fresh\", \"copyOf\": \"main\"}"))
                .hasMessageContaining("does not start with");
    }

    private static ObjectNode expand(String variant) {
        return expand(FLOWS, variant);
    }

    private static ObjectNode expand(String flows, String variant) {
        try {
            ObjectNode realm = (ObjectNode) AdminClient.MAPPER.readTree(flows.formatted(variant));
            FlowVariants.expand(realm);
            return realm;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode flow(ObjectNode realm, String alias) {
        for (JsonNode f : realm.get("authenticationFlows")) {
            if (f.get("alias").asText().equals(alias)) {
                return f;
            }
        }
        throw new AssertionError("no flow " + alias);
    }

    private static List<String> aliases(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("alias").asText()));
        return out;
    }
}
