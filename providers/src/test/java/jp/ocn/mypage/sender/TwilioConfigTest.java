package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioConfigTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";

    private static Map<String, String> env() {
        return new HashMap<>(Map.of(
                TwilioConfig.ENV_ACCOUNT_SID,
                SID,
                TwilioConfig.ENV_AUTH_TOKEN,
                "token",
                TwilioConfig.ENV_FROM,
                "+815000000000"));
    }

    @Test
    void defaultsAreShortTimeoutsJapanOnlyAndPollyVoices() {
        TwilioConfig config = TwilioConfig.parse(env()::get, key -> null);

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.phonePolicy().regions()).containsExactly("JP");
        assertThat(config.voiceJa()).isEqualTo(Say.Voice.POLLY_MIZUKI);
        assertThat(config.voiceEn()).isEqualTo(Say.Voice.POLLY_JOANNA);
        assertThat(config.apiBaseUrl()).isNull();
        assertThat(config.region()).isNull();
    }

    @Test
    void environmentWinsOverSpiOptionsWhichFillTheRest() {
        Map<String, String> env = env();
        env.put(TwilioConfig.ENV_API_BASE_URL, "http://127.0.0.1:8089/");
        Map<String, String> options = Map.of(
                "account-sid",
                "ACother",
                "from",
                "+815011112222",
                "region",
                "jp1",
                "edge",
                "tokyo",
                "voice-ja",
                "Polly.Takumi",
                "connect-timeout-ms",
                "1500",
                "read-timeout-ms",
                "3000",
                "allowed-regions",
                "JP, US");

        TwilioConfig config = TwilioConfig.parse(env::get, options::get);

        assertThat(config.accountSid()).isEqualTo(SID);
        assertThat(config.from()).isEqualTo("+815000000000");
        assertThat(config.apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089"));
        assertThat(config.region()).isEqualTo("jp1");
        assertThat(config.edge()).isEqualTo("tokyo");
        assertThat(config.voiceJa()).isEqualTo(Say.Voice.POLLY_TAKUMI);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.phonePolicy().regions()).containsExactlyInAnyOrder("JP", "US");
    }

    @Test
    void spiOptionsAloneAreEnough() {
        Map<String, String> options = Map.of("account-sid", SID, "auth-token", "t", "from", "+815000000000");

        assertThat(TwilioConfig.accountSidPresent(key -> null, options::get)).isTrue();
        assertThat(TwilioConfig.parse(key -> null, options::get).accountSid()).isEqualTo(SID);
    }

    @Test
    void blankSidCountsAsNotConfigured() {
        assertThat(TwilioConfig.accountSidPresent(Map.of(TwilioConfig.ENV_ACCOUNT_SID, " ")::get, key -> null))
                .isFalse();
        assertThat(TwilioConfig.accountSidPresent(key -> null, key -> null)).isFalse();
    }

    @Test
    void missingSenderNumberStopsStartUpNamingTheVariable() {
        Map<String, String> env = env();
        env.remove(TwilioConfig.ENV_FROM);

        assertThatThrownBy(() -> TwilioConfig.parse(env::get, key -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MYPAGE_TWILIO_FROM")
                .hasMessageContaining("required");
    }

    @Test
    void missingTokenStopsStartUpNamingTheVariable() {
        Map<String, String> env = env();
        env.put(TwilioConfig.ENV_AUTH_TOKEN, "");

        assertThatThrownBy(() -> TwilioConfig.parse(env::get, key -> null))
                .hasMessageContaining("MYPAGE_TWILIO_AUTH_TOKEN");
    }

    @Test
    void badValuesStopStartUpNamingTheOption() {
        assertThatThrownBy(() -> TwilioConfig.parse(env()::get, Map.of("read-timeout-ms", "5s")::get))
                .hasMessageContaining("read-timeout-ms");
        assertThatThrownBy(() -> TwilioConfig.parse(env()::get, Map.of("connect-timeout-ms", "0")::get))
                .hasMessageContaining("connect-timeout-ms");
        assertThatThrownBy(() -> TwilioConfig.parse(env()::get, Map.of("voice-ja", "Polly.Nobody")::get))
                .hasMessageContaining("Polly.Nobody");
        assertThatThrownBy(() -> TwilioConfig.parse(env()::get, Map.of("allowed-regions", "JP,ZZ")::get))
                .hasMessageContaining("ZZ");
        assertThatThrownBy(() -> TwilioConfig.parse(env()::get, Map.of("api-base-url", "ftp://x")::get))
                .hasMessageContaining("api-base-url");
        Map<String, String> env = env();
        env.put(TwilioConfig.ENV_ACCOUNT_SID, "SK123");
        assertThatThrownBy(() -> TwilioConfig.parse(env::get, key -> null)).hasMessageContaining("AC");
    }

    @Test
    void descriptionForTheLogNeverHoldsTheToken() {
        assertThat(TwilioConfig.parse(env()::get, key -> null).describe())
                .doesNotContain("token")
                .contains(SID, "+81 50-****-0000");
    }
}
