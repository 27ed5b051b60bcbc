package jp.ocn.mypage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class SettingTest {

    @Test
    void aWholeNumberWithinBoundsIsTaken() {
        assertThat(Setting.configInt(config(" 42 "), "n", 7, 1, 100)).isEqualTo(42);
    }

    @Test
    void blankUnreadableOrOutOfRangeValuesGiveTheDefault() {
        assertThat(Setting.configInt(config(""), "n", 7, 1, 100)).isEqualTo(7);
        assertThat(Setting.configInt(config("ten"), "n", 7, 1, 100)).isEqualTo(7);
        assertThat(Setting.configInt(config("0"), "n", 7, 1, 100))
                .as("a limit is never switched off by a zero")
                .isEqualTo(7);
        assertThat(Setting.configInt(config("101"), "n", 7, 1, 100)).isEqualTo(7);
    }

    @Test
    void aMissingConfigurationGivesTheDefaultAndNoValue() {
        assertThat(Setting.configInt(null, "n", 7, 1, 100)).isEqualTo(7);
        assertThat(Setting.configValue(null, "n")).isNull();
        assertThat(Setting.configValue(new AuthenticatorConfigModel(), "n")).isNull();
    }

    private static AuthenticatorConfigModel config(String value) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setAlias("test");
        model.setConfig(Map.of("n", value));
        return model;
    }
}
