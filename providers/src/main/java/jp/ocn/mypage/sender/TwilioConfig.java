package jp.ocn.mypage.sender;

import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the {@code twilio} sender, parsed once at start-up. The four {@code MYPAGE_TWILIO_*} environment
 * variables win over the SPI options ({@code --spi-mypage-code-sender--twilio--<key>}); everything else comes
 * from the SPI options or the defaults here. A bad or missing value stops start-up with a message naming it.
 */
public final class TwilioConfig {

    public static final String ENV_ACCOUNT_SID = "MYPAGE_TWILIO_ACCOUNT_SID";
    public static final String ENV_AUTH_TOKEN = "MYPAGE_TWILIO_AUTH_TOKEN";
    public static final String ENV_FROM = "MYPAGE_TWILIO_FROM";
    public static final String ENV_API_BASE_URL = "MYPAGE_TWILIO_API_BASE_URL";

    static final String ACCOUNT_SID = "account-sid";
    static final String AUTH_TOKEN = "auth-token";
    static final String FROM = "from";
    static final String API_BASE_URL = "api-base-url";
    static final String REGION = "region";
    static final String EDGE = "edge";
    static final String VOICE_JA = "voice-ja";
    static final String VOICE_EN = "voice-en";
    static final String CONNECT_TIMEOUT_MS = "connect-timeout-ms";
    static final String READ_TIMEOUT_MS = "read-timeout-ms";
    static final String ALLOWED_REGIONS = PhonePolicy.SETTING;

    private static final Map<String, String> ENV_OF_KEY = Map.of(
            ACCOUNT_SID, ENV_ACCOUNT_SID, AUTH_TOKEN, ENV_AUTH_TOKEN, FROM, ENV_FROM, API_BASE_URL, ENV_API_BASE_URL);
    private static final String DEFAULT_VOICE_JA = "Polly.Mizuki";
    private static final String DEFAULT_VOICE_EN = "Polly.Joanna";
    private static final int DEFAULT_CONNECT_TIMEOUT_MS = 2000;
    private static final int DEFAULT_READ_TIMEOUT_MS = 5000;

    private final String accountSid;
    private final String authToken;
    private final String from;
    private final URI apiBaseUrl;
    private final String region;
    private final String edge;
    private final Say.Voice voiceJa;
    private final Say.Voice voiceEn;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final PhonePolicy phonePolicy;

    private TwilioConfig(Function<String, String> value) {
        accountSid = value.apply(ACCOUNT_SID);
        if (accountSid == null || !accountSid.startsWith("AC")) {
            throw invalid(
                    ACCOUNT_SID,
                    "must be the account SID (AC…), got " + (accountSid == null ? "nothing" : "'" + accountSid + "'"));
        }
        authToken = required(value, AUTH_TOKEN);
        from = required(value, FROM);
        apiBaseUrl = baseUrl(value.apply(API_BASE_URL));
        region = value.apply(REGION);
        edge = value.apply(EDGE);
        voiceJa = voice(value, VOICE_JA, DEFAULT_VOICE_JA);
        voiceEn = voice(value, VOICE_EN, DEFAULT_VOICE_EN);
        connectTimeout = millis(value, CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS);
        readTimeout = millis(value, READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS);
        try {
            phonePolicy = PhonePolicy.fromSetting(value.apply(ALLOWED_REGIONS));
        } catch (IllegalArgumentException e) {
            throw invalid(ALLOWED_REGIONS, e.getMessage());
        }
    }

    /** Environment first for the four MYPAGE_TWILIO_* settings, then the SPI option of the same key; blank is unset. */
    public static TwilioConfig parse(Function<String, String> env, Function<String, String> spiOption) {
        return new TwilioConfig(key -> {
            String fromEnv = ENV_OF_KEY.containsKey(key) ? blankToNull(env.apply(ENV_OF_KEY.get(key))) : null;
            return fromEnv != null ? fromEnv : blankToNull(spiOption.apply(key));
        });
    }

    /** Whether Twilio is configured at all: the account SID is present in either place. */
    public static boolean accountSidPresent(Function<String, String> env, Function<String, String> spiOption) {
        return blankToNull(env.apply(ENV_ACCOUNT_SID)) != null || blankToNull(spiOption.apply(ACCOUNT_SID)) != null;
    }

    static List<ProviderConfigProperty> metadata() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(ACCOUNT_SID)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio account SID (AC…); env " + ENV_ACCOUNT_SID + " wins. When set, codes go to Twilio.")
                .add()
                .property()
                .name(AUTH_TOKEN)
                .type(ProviderConfigProperty.PASSWORD)
                .secret(true)
                .helpText("Twilio auth token; env " + ENV_AUTH_TOKEN + " wins.")
                .add()
                .property()
                .name(FROM)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Sender number in E.164 for SMS and calls; env " + ENV_FROM + " wins.")
                .add()
                .property()
                .name(API_BASE_URL)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Base URL replacing https://api.twilio.com, e.g. a local stub; env " + ENV_API_BASE_URL
                        + " wins.")
                .add()
                .property()
                .name(REGION)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio region, e.g. jp1 (ignored with a base URL)")
                .add()
                .property()
                .name(EDGE)
                .type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Twilio edge, e.g. tokyo (ignored with a base URL)")
                .add()
                .property()
                .name(VOICE_JA)
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_VOICE_JA)
                .helpText("<Say> voice for Japanese calls")
                .add()
                .property()
                .name(VOICE_EN)
                .type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_VOICE_EN)
                .helpText("<Say> voice for English calls")
                .add()
                .property()
                .name(CONNECT_TIMEOUT_MS)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_CONNECT_TIMEOUT_MS)
                .helpText("Milliseconds to wait for a connection (and TLS handshake) to Twilio")
                .add()
                .property()
                .name(READ_TIMEOUT_MS)
                .type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_READ_TIMEOUT_MS)
                .helpText("Milliseconds to wait for Twilio's answer")
                .add()
                .property(PhonePolicy.configProperty())
                .build();
    }

    public String accountSid() {
        return accountSid;
    }

    public String authToken() {
        return authToken;
    }

    public String from() {
        return from;
    }

    /** Null when requests go to Twilio itself. */
    public URI apiBaseUrl() {
        return apiBaseUrl;
    }

    public String region() {
        return region;
    }

    public String edge() {
        return edge;
    }

    public Say.Voice voiceJa() {
        return voiceJa;
    }

    public Say.Voice voiceEn() {
        return voiceEn;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public PhonePolicy phonePolicy() {
        return phonePolicy;
    }

    /** For the start-up log line: where requests go, never the token. */
    public String describe() {
        String target = apiBaseUrl != null
                ? apiBaseUrl.toString()
                : "Twilio" + (region != null ? " region " + region : "") + (edge != null ? " edge " + edge : "");
        return "account " + accountSid + ", from " + PhoneMask.mask(from) + ", " + target + ", regions "
                + phonePolicy.regions() + ", timeouts " + connectTimeout.toMillis() + "/" + readTimeout.toMillis()
                + " ms";
    }

    private static String required(Function<String, String> value, String key) {
        String v = value.apply(key);
        if (v == null) {
            throw invalid(key, "is required when the account SID is set");
        }
        return v;
    }

    private static URI baseUrl(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException("not an http(s) base URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw invalid(API_BASE_URL, "must be an http(s) URL such as http://127.0.0.1:8089, got '" + raw + "'");
        }
    }

    private static Say.Voice voice(Function<String, String> value, String key, String fallback) {
        String configured = value.apply(key);
        String name = configured != null ? configured : fallback;
        return Arrays.stream(Say.Voice.values())
                .filter(v -> v.toString().equals(name))
                .findFirst()
                .orElseThrow(() -> invalid(
                        key, "'" + name + "' is not a voice Twilio's <Say> knows (e.g. Polly.Mizuki, Polly.Takumi)"));
    }

    private static Duration millis(Function<String, String> value, String key, int fallback) {
        String raw = value.apply(key);
        try {
            int ms = raw == null ? fallback : Integer.parseInt(raw.trim());
            if (ms < 100 || ms > 60_000) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw invalid(key, "must be a whole number of milliseconds from 100 to 60000, got '" + raw + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static IllegalStateException invalid(String key, String problem) {
        String env = ENV_OF_KEY.get(key);
        return new IllegalStateException("Twilio code sender: " + (env != null ? env + " / " : "") + "spi-"
                + CodeSenderSpi.NAME + "--twilio--" + key + " " + problem);
    }
}
