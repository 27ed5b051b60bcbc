package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Realm settings: every field of realm-config that is not a part another sync owns (flows, clients, ...), such
 * as tokens, brute force, SMTP, events, realm attributes and the flow bindings. Sent back with the server's
 * other attributes and SMTP fields kept, since a realm update replaces what it is given.
 */
final class RealmSettingsSync {

    /** Parts of the realm representation other syncs own. */
    static final Set<String> OWNED_ELSEWHERE = Set.of(
            "authenticationFlows",
            "authenticatorConfig",
            "clients",
            "requiredActions",
            "components",
            "clientProfiles",
            "clientPolicies",
            "identityProviders",
            RealmConfig.USER_PROFILE,
            "roles",
            DefaultRoleSync.FIELD);
    /** Parts realm-config must not hold: they are data, or not handled by this command. */
    private static final Set<String> NOT_HANDLED = Set.of(
            "users",
            "federatedUsers",
            "groups",
            "identityProviderMappers",
            "organizations",
            "clientScopes",
            "scopeMappings",
            "clientScopeMappings");

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    RealmSettingsSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    static void refuseUnhandled(RealmConfig config) {
        for (String field : NOT_HANDLED) {
            if (config.realm().has(field)) {
                throw new ConfigException("realm-config holds \"" + field + "\", which apply does not handle"
                        + " (data, or settings to add to the command first)");
            }
        }
    }

    void apply() {
        String path = "/" + AdminClient.enc(config.name());
        ObjectNode wanted = config.realm().deepCopy();
        wanted.remove(OWNED_ELSEWHERE);
        JsonNode current = api.get(path);
        List<String> differences = JsonSubset.differences(wanted, current);
        if (differences.isEmpty()) {
            return;
        }
        ObjectNode update = wanted.deepCopy();
        for (String merged : List.of("attributes", "smtpServer")) {
            if (wanted.has(merged) && current.get(merged) instanceof ObjectNode present) {
                update.set(merged, JsonSubset.overlay(present, wanted.get(merged)));
            }
        }
        api.put(path, update);
        differences.forEach(d -> changes.add("realm " + d));
    }
}
