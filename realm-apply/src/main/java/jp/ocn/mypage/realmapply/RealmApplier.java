package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * Brings a running server's realm in line with realm-config: creates the realm (disabled until its settings are
 * applied) when it is missing, otherwise updates in place. Never touches users, sessions, credentials or
 * our directory tables; never deletes what realm-config does not name (flows, clients, actions an operator
 * added), except executions and protocol mappers inside the flows and clients realm-config owns.
 */
public final class RealmApplier {

    private final AdminClient api;
    private final Consumer<String> printer;

    public RealmApplier(AdminClient api, Consumer<String> printer) {
        this.api = api;
        this.printer = printer;
    }

    public Changes apply(RealmConfig config) {
        RealmSettingsSync.refuseUnhandled(config);
        RoleSync.refuseUnhandled(config);
        Changes changes = new Changes(printer);
        String path = "/" + AdminClient.enc(config.name());
        JsonNode realm = api.get(path);
        if (realm == null) {
            api.post(
                    "",
                    AdminClient.MAPPER
                            .createObjectNode()
                            .put("realm", config.name())
                            .put("enabled", false));
            changes.add("realm " + config.name() + ": created");
            realm = api.get(path);
        }
        new RequiredActionSync(api, config, changes).apply();
        new UserProfileSync(api, config, changes).apply();
        new ComponentSync(api, config, changes).apply(realm.get("id").asText());
        FlowSync flows = new FlowSync(api, config, changes);
        flows.apply();
        new ClientPolicySync(api, config, changes).apply();
        // Settings before clients: a client's minimum.acr.value is checked against the realm's acr.loa.map.
        new RealmSettingsSync(api, config, changes).apply();
        new ClientSync(api, config, changes, flows.flowIds()).apply();
        new IdentityProviderSync(api, config, changes).apply();
        new RoleSync(api, config, changes).apply();
        new DefaultRoleSync(api, config, changes).apply(realm.path("defaultRole"));
        return changes;
    }
}
