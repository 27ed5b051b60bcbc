package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authentication flows updated in place: a flow bound as the realm's browser or reset flow cannot be deleted,
 * and ids (client flow overrides, running authentication sessions) must survive. Per flow, executions are matched
 * to realm-config by what they run (authenticator, or sub-flow alias; the n-th of a kind to the n-th), then
 * requirement, priority, sub-flow description and authenticator settings are updated; unmatched executions are
 * removed, missing ones added. Only an execution whose setting must point to another setting is replaced (the
 * admin API cannot re-point it). Flows that realm-config does not name are left alone.
 */
final class FlowSync {

    private final AdminClient api;
    private final String base;
    private final Changes changes;
    private final Map<String, ObjectNode> flows = new LinkedHashMap<>();
    private final AuthenticatorSettings settings;
    private final Map<String, String> flowIds = new HashMap<>();

    private static final int MAX_PASSES = 3;
    private int deletions;

    FlowSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.base = "/" + AdminClient.enc(config.name()) + "/authentication";
        this.changes = changes;
        config.list("authenticationFlows").forEach(f -> flows.put(f.get("alias").asText(), (ObjectNode) f));
        this.settings = new AuthenticatorSettings(api, base, config, changes);
    }

    /**
     * Keycloak deletes an execution's setting with the execution, even when other executions share it (mypage phone
     * code). So after a pass that deleted executions, another pass runs: executions left pointing to a deleted
     * setting are found (the server shows no setting for them) and given theirs again.
     */
    void apply() {
        for (int pass = 1; ; pass++) {
            deletions = 0;
            syncAll();
            if (deletions == 0) {
                return;
            }
            if (pass == MAX_PASSES) {
                throw new ConfigException(
                        "flows still changed after " + MAX_PASSES + " passes: " + deletions + " deletions in the last");
            }
        }
    }

    private void syncAll() {
        settings.forget();
        Map<String, JsonNode> topLevel = new HashMap<>();
        api.get(base + "/flows").forEach(f -> topLevel.put(f.get("alias").asText(), f));
        topLevel.values()
                .forEach(f -> flowIds.put(f.get("alias").asText(), f.get("id").asText()));
        learnSettings(topLevel);
        for (ObjectNode flow : flows.values()) {
            if (!flow.path("topLevel").asBoolean(false)) {
                continue;
            }
            String alias = flow.get("alias").asText();
            JsonNode current = topLevel.get(alias);
            if (current == null) {
                flowIds.put(alias, api.post(base + "/flows", flowRepresentation(alias, flow, true)));
                changes.add("flow " + alias + ": created");
            } else {
                updateDescription(alias, current.path("description").asText(""), flow, true);
            }
            syncExecutions(alias);
        }
    }

    /**
     * Settings are found only through the executions using them; learn all of those under our flows first, so a
     * setting shared by several flows (mypage phone code) is found even when the first flow to need it is new.
     */
    private void learnSettings(Map<String, JsonNode> topLevel) {
        for (String alias : flows.keySet()) {
            if (topLevel.containsKey(alias)) {
                api.get(base + "/flows/" + AdminClient.enc(alias) + "/executions")
                        .forEach(settings::learn);
            }
        }
    }

    /**
     * Ids by alias of the server's top-level flows and of realm-config's sub-flows, after {@link #apply()}:
     * clients' flow overrides name flows by alias.
     */
    Map<String, String> flowIds() {
        return flowIds;
    }

    private void syncExecutions(String flowAlias) {
        ObjectNode flow = flows.get(flowAlias);
        if (flow == null) {
            throw new ConfigException("a flow names sub-flow " + flowAlias + ", which is not written out");
        }
        List<JsonNode> wanted = new ArrayList<>();
        flow.path("authenticationExecutions").forEach(wanted::add);
        wanted.sort(Comparator.comparingInt(e -> e.path("priority").asInt()));
        List<JsonNode> present = new ArrayList<>();
        for (JsonNode e : api.get(base + "/flows/" + AdminClient.enc(flowAlias) + "/executions")) {
            if (e.path("level").asInt() == 0) {
                present.add(e);
                settings.learn(e);
                if (e.path("authenticationFlow").asBoolean(false)) {
                    flowIds.put(e.get("displayName").asText(), e.get("flowId").asText());
                }
            }
        }
        Map<JsonNode, JsonNode> matched = ExecutionMatch.match(wanted, present);
        for (JsonNode e : present) {
            if (!matched.containsValue(e)) {
                delete(e);
                changes.add("flow " + flowAlias + ": removed " + ExecutionMatch.kind(e));
            }
        }
        for (JsonNode want : wanted) {
            JsonNode have = matched.get(want);
            if (have == null) {
                add(flowAlias, want);
            } else if (!ExecutionMatch.sameConfigAlias(want, have)) {
                delete(have);
                add(flowAlias, want);
                changes.add("flow " + flowAlias + ": " + ExecutionMatch.key(want) + " now uses setting "
                        + want.path("authenticatorConfig").asText("(none)"));
            } else {
                update(flowAlias, want, have);
            }
            if (ExecutionMatch.isSubFlow(want)) {
                syncExecutions(want.get("flowAlias").asText());
            }
        }
    }

    private void delete(JsonNode execution) {
        api.delete(base + "/executions/" + execution.get("id").asText());
        deletions++;
    }

    private void update(String flowAlias, JsonNode want, JsonNode have) {
        String requirement = want.path("requirement").asText();
        int priority = want.path("priority").asInt();
        if (!requirement.equals(have.path("requirement").asText())
                || priority != have.path("priority").asInt()) {
            ObjectNode rep = ((ObjectNode) have)
                    .deepCopy()
                    .put("requirement", requirement)
                    .put("priority", priority);
            api.put(base + "/flows/" + AdminClient.enc(flowAlias) + "/executions", rep);
            changes.add("flow " + flowAlias + ": " + ExecutionMatch.key(want) + " "
                    + have.path("requirement").asText() + "/"
                    + have.path("priority").asInt() + " -> " + requirement + "/" + priority);
        }
        if (ExecutionMatch.isSubFlow(want)) {
            String sub = want.get("flowAlias").asText();
            updateDescription(sub, have.path("description").asText(""), flows.get(sub), false);
        } else if (want.hasNonNull("authenticatorConfig")) {
            settings.sync(
                    want.get("authenticatorConfig").asText(),
                    have.get("authenticationConfig").asText());
        }
    }

    private void updateDescription(String alias, String current, ObjectNode flow, boolean topLevel) {
        if (flow == null) {
            throw new ConfigException("sub-flow " + alias + " is not written out");
        }
        String wanted = flow.path("description").asText("");
        if (!wanted.equals(current)) {
            ObjectNode rep = flowRepresentation(alias, flow, topLevel).put("id", flowIds.get(alias));
            api.put(base + "/flows/" + flowIds.get(alias), rep);
            changes.add("flow " + alias + ": description updated");
        }
    }

    private void add(String flowAlias, JsonNode want) {
        ObjectNode execution = AdminClient.MAPPER
                .createObjectNode()
                .put("parentFlow", flowIds.get(flowAlias))
                .put("requirement", want.path("requirement").asText("DISABLED"))
                .put("priority", want.path("priority").asInt());
        if (ExecutionMatch.isSubFlow(want)) {
            String sub = want.get("flowAlias").asText();
            ObjectNode subFlow = flows.get(sub);
            if (subFlow == null) {
                throw new ConfigException(
                        "flow " + flowAlias + " names sub-flow " + sub + ", which is not written out");
            }
            flowIds.put(sub, api.post(base + "/flows", flowRepresentation(sub, subFlow, false)));
            execution.put("authenticatorFlow", true).put("flowId", flowIds.get(sub));
        } else {
            execution
                    .put("authenticatorFlow", false)
                    .put("authenticator", want.get("authenticator").asText());
            if (want.hasNonNull("authenticatorConfig")) {
                String alias = want.get("authenticatorConfig").asText();
                settings.ensure(alias);
                execution.put("authenticatorConfig", alias);
            }
        }
        api.post(base + "/executions", execution);
        changes.add("flow " + flowAlias + ": added " + ExecutionMatch.key(want));
    }

    /** A flow as the admin API takes it, from realm-config's. */
    private static ObjectNode flowRepresentation(String alias, ObjectNode flow, boolean topLevel) {
        return AdminClient.MAPPER
                .createObjectNode()
                .put("alias", alias)
                .put("description", flow.path("description").asText(""))
                .put("providerId", flow.path("providerId").asText("basic-flow"))
                .put("topLevel", topLevel)
                .put("builtIn", false);
    }
}
