package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultRoleSyncTest {

    private static final Path REALM_CONFIG = Path.of("..", "realm-config", "mypage");

    @Test
    void realmConfigGivesEveryAccountViewProfileAndLinkingButNotManageAccount() {
        RealmConfig config = RealmConfig.load(List.of(REALM_CONFIG), Placeholders.of(Map.of()));
        assertThat(DefaultRoleSync.wanted(config.realm().get(DefaultRoleSync.FIELD)))
                .containsExactlyInAnyOrder(
                        "offline_access", "uma_authorization", "account/view-profile", "account/manage-account-links")
                .doesNotContain("account/manage-account");
        assertThat(RealmSettingsSync.OWNED_ELSEWHERE).contains(DefaultRoleSync.FIELD);
    }

    @Test
    void aServerStillGrantingManageAccountLosesItAndGainsWhatIsMissing() {
        Set<String> keycloakDefaults =
                Set.of("offline_access", "uma_authorization", "account/view-profile", "account/manage-account");
        DefaultRoleSync.Plan plan = DefaultRoleSync.Plan.of(
                Set.of("offline_access", "uma_authorization", "account/view-profile", "account/manage-account-links"),
                keycloakDefaults);
        assertThat(plan.add()).containsExactly("account/manage-account-links");
        assertThat(plan.remove()).containsExactly("account/manage-account");
        assertThat(plan.none()).isFalse();
    }

    @Test
    void aServerAlreadyInLineNeedsNoChange() {
        Set<String> same = Set.of("offline_access", "account/view-profile");
        assertThat(DefaultRoleSync.Plan.of(same, Set.copyOf(same)).none()).isTrue();
    }

    @Test
    void withoutDefaultRoleInRealmConfigNothingIsManagedAndWithoutCompositesItIsAnError() throws Exception {
        assertThat(DefaultRoleSync.wanted(null)).isNull();
        assertThatThrownBy(() -> DefaultRoleSync.wanted(AdminClient.MAPPER.readTree("{\"name\": \"x\"}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("composites");
    }
}
