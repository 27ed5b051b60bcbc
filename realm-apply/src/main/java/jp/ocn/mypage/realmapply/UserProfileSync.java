package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The declarative user profile, written in realm-config as the JSON the admin API's {@code /users/profile}
 * takes (readable, instead of the string Keycloak's export stores in a component). Replaced as a whole.
 */
final class UserProfileSync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    UserProfileSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    void apply() {
        JsonNode wanted = config.realm().get(RealmConfig.USER_PROFILE);
        if (wanted == null) {
            return;
        }
        String path = "/" + AdminClient.enc(config.name()) + "/users/profile";
        List<String> differences = JsonSubset.differences(wanted, api.get(path));
        if (!differences.isEmpty()) {
            api.put(path, wanted);
            differences.forEach(d -> changes.add("user profile " + d));
        }
    }
}
