package jp.ocn.mypage.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceNamesTest {

    @Test
    void aDesktopBrowserIsNamedWithItsOperatingSystem() {
        assertThat(DeviceNames.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
                        + " Gecko) Chrome/120.0.0.0 Safari/537.36"))
                .isEqualTo("Chrome 120 / Windows 10");
    }

    @Test
    void aPhoneBrowserIsNamedWithItsOperatingSystem() {
        assertThat(DeviceNames.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
                        + " (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"))
                .contains("Safari")
                .contains("iOS 17");
    }

    @Test
    void nothingOrGibberishIsUnknown() {
        assertThat(DeviceNames.describe(null)).isEqualTo("unknown");
        assertThat(DeviceNames.describe("")).isEqualTo("unknown");
        assertThat(DeviceNames.describe("zzz")).isEqualTo("unknown");
    }

    @Test
    void theMethodIsDAccountWhenBrokeredElseTheCodeChannelElseThePassword() {
        assertThat(LoginHistoryEntry.method(Map.of("identity_provider", "daccount")))
                .isEqualTo("daccount");
        assertThat(LoginHistoryEntry.method(Map.of("mypage_sign_in_method", "voice")))
                .isEqualTo("voice");
        assertThat(LoginHistoryEntry.method(Map.of("mypage_sign_in_method", "sms")))
                .isEqualTo("sms");
        assertThat(LoginHistoryEntry.method(Map.of())).isEqualTo("password");
    }
}
