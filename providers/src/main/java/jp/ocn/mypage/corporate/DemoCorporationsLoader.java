package jp.ocn.mypage.corporate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/**
 * Development only: loads the demo corporations' user IDs (roles, own mobiles) and their organizations from the file
 * named by {@code MYPAGE_DEMO_CORPORATIONS} at start-up, as {@code DemoDirectoryLoader} does for the directory.
 * Idempotent: a restart puts the demo roles and mobiles back. Production leaves the variable unset.
 */
final class DemoCorporationsLoader {

    private static final Logger LOG = Logger.getLogger(DemoCorporationsLoader.class);

    private final Path file;

    private DemoCorporationsLoader(Path file) {
        this.file = file;
    }

    static DemoCorporationsLoader fromEnvironment() {
        String file = System.getenv("MYPAGE_DEMO_CORPORATIONS");
        return file == null || file.isBlank() ? null : new DemoCorporationsLoader(Path.of(file));
    }

    void load(KeycloakSessionFactory factory) {
        JsonNode body;
        try {
            body = JsonSerialization.mapper.readTree(file.toFile());
        } catch (IOException e) {
            LOG.errorf("Demo corporations %s could not be read: %s", file, e.getMessage());
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            RealmModel realm =
                    session.realms().getRealmByName(body.path("realm").asText("mypage"));
            if (realm == null) {
                LOG.warnf("Demo corporations not loaded: realm %s does not exist", body.path("realm"));
                return;
            }
            session.getContext().setRealm(realm);
            // The dev realm is created bare and realm-config (which enables organizations) is applied after start-up.
            realm.setOrganizationsEnabled(true);
            Corporations corporations = new Corporations(session, realm);
            int members = 0;
            for (JsonNode c : body.path("corporations")) {
                UserModel representative = session.users()
                        .getUserByUsername(realm, c.path("representative").asText());
                Corporation corporation = new Corporation(
                        c.path("customerNumber").asText(),
                        c.path("name").asText(),
                        representative == null ? null : representative.getId());
                if (representative != null) {
                    corporations.joinOrganization(corporation, representative);
                }
                for (JsonNode m : c.path("members")) {
                    UserModel user = session.users()
                            .getUserByUsername(realm, m.path("ocnId").asText());
                    if (user == null) {
                        LOG.warnf(
                                "Demo corporate user %s does not exist",
                                m.path("ocnId").asText());
                        continue;
                    }
                    Set<CorporateRole> roles = EnumSet.noneOf(CorporateRole.class);
                    m.path("roles")
                            .forEach(r -> CorporateRole.byApiName(r.asText()).ifPresent(roles::add));
                    String phone = MemberMobile.e164(m.path("phone").asText()).orElse(null);
                    CorporateAccountsProvider accounts = corporations.accounts();
                    if (accounts.userIdOf(realm, user.getId()).isPresent()) {
                        accounts.setRoles(realm, user.getId(), roles);
                        accounts.setPhone(realm, user.getId(), phone);
                    } else {
                        accounts.addUserId(realm, corporation.customerNumber(), user.getId(), roles, phone);
                    }
                    corporations.joinOrganization(corporation, user);
                    members++;
                }
            }
            LOG.infof("Demo corporations loaded from %s: %d user IDs", file, members);
        });
    }
}
