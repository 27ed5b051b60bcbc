package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioCodeSenderTest {

    private static final String SID = TwilioStub.ACCOUNT_SID;
    private static final String TOKEN = TwilioStub.AUTH_TOKEN;
    private static final String FROM = TwilioStub.FROM;
    private static final String MOBILE = "+819012345678";
    private static final String LANDLINE = "+81312345678";

    private TwilioStub twilio;
    private TwilioHttpClient http;

    @BeforeEach
    void startTwilio() {
        twilio = new TwilioStub();
    }

    @AfterEach
    void stopTwilio() {
        if (http != null) {
            http.close();
        }
        twilio.close();
    }

    @Test
    void smsReachesTheMessagesApiAsToFromAndBodyWithBasicAuth() {
        SendOutcome outcome = sender(Map.of()).send(message(Channel.SMS, MOBILE, Locale.JAPANESE));

        assertThat(outcome).isEqualTo(SendOutcome.ok("SM0123456789abcdef0123456789abcdef"));
        assertThat(twilio.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
            assertThat(r.form())
                    .containsOnlyKeys("To", "From", "Body")
                    .containsEntry("To", MOBILE)
                    .containsEntry("From", FROM)
                    .containsEntry("Body", CodeTexts.sms(message(Channel.SMS, MOBILE, Locale.JAPANESE)));
            assertThat(r.form().get("Body")).contains("123456", "OCN マイページ");
            assertThat(r.authorization())
                    .isEqualTo("Basic "
                            + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
            assertThat(r.contentType()).startsWith("application/x-www-form-urlencoded");
        });
    }

    @Test
    void callReachesTheCallsApiWithJapaneseTwimlReadingEveryDigitTwice() {
        SendOutcome outcome = sender(Map.of()).send(message(Channel.VOICE, LANDLINE, Locale.JAPANESE));

        assertThat(outcome).isEqualTo(SendOutcome.ok("CA0123456789abcdef0123456789abcdef"));
        assertThat(twilio.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json");
            assertThat(r.form())
                    .containsOnlyKeys("To", "From", "Twiml")
                    .containsEntry("To", LANDLINE)
                    .containsEntry("From", FROM);
            String twiml = r.form().get("Twiml");
            assertThat(twiml)
                    .startsWith("<?xml")
                    .contains(
                            "<Response>",
                            "<Pause length=\"1\"/>",
                            "language=\"ja-JP\"",
                            "voice=\"Polly.Mizuki\"",
                            "他人に教えないでください",
                            "有効期限は5分");
            assertThat(twiml.split("1、2、3、4、5、6", -1)).hasSize(3);
        });
    }

    @Test
    void englishCallUsesTheEnglishLanguageAndVoice() {
        sender(Map.of("voice-en", "Polly.Matthew")).send(message(Channel.VOICE, MOBILE, Locale.ENGLISH));

        assertThat(twilio.requests().get(0).form().get("Twiml"))
                .contains("language=\"en-US\"", "voice=\"Polly.Matthew\"", "1, 2, 3, 4, 5, 6", "Do not tell anyone");
    }

    @Test
    void twilioErrorCodeBecomesTheOutcome() {
        twilio.failNext(
                400,
                "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}");

        assertThat(sender(Map.of()).send(message(Channel.SMS, MOBILE, Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("21211"));
    }

    @Test
    void unavailableTwilioIsAskedExactlyOnceAndAnswersAsFastAsASuccess() {
        CodeSender sender = sender(Map.of());
        sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE)); // warm-up: class loading, first connection
        Duration success = timed(() -> sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE)));
        twilio.failNext(503, null);

        SendOutcome[] outcome = new SendOutcome[1];
        Duration failure = timed(() -> outcome[0] = sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE)));

        assertThat(outcome[0]).isEqualTo(SendOutcome.failed("http_503"));
        assertThat(twilio.requests()).hasSize(3);
        // The SDK's retries would sleep and ask again; one attempt costs what a success costs. The request count
        // above is the proof; the margin only keeps a loaded machine (one timing each) from failing the run.
        assertThat(failure).isLessThan(success.multipliedBy(2).plusMillis(1500));
    }

    @Test
    void errorPageThatIsNotTwilioJsonStillReportsItsHttpStatus() {
        twilio.failNext(502, "<html><body>Bad Gateway</body></html>");

        assertThat(sender(Map.of()).send(message(Channel.VOICE, MOBILE, Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("http_502"));
        assertThat(twilio.requests()).hasSize(1);
    }

    @Test
    void tooManyRequestsIsNotRetriedEither() {
        twilio.failNext(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}");

        assertThat(sender(Map.of()).send(message(Channel.SMS, MOBILE, Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("20429"));
        assertThat(twilio.requests()).hasSize(1);
    }

    @Test
    void slowTwilioTimesOutAfterTheReadTimeoutNotAfterItsAnswer() {
        Duration answerDelay = Duration.ofSeconds(5);
        twilio.delayNext(answerDelay);
        CodeSender sender = sender(Map.of("read-timeout-ms", "400"));

        SendOutcome[] outcome = new SendOutcome[1];
        Duration took = timed(() -> outcome[0] = sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE)));

        assertThat(outcome[0]).isEqualTo(SendOutcome.failed("timeout"));
        assertThat(took).isBetween(Duration.ofMillis(390), answerDelay.dividedBy(2));
        assertThat(twilio.requests()).hasSize(1);
    }

    @Test
    void unansweredConnectionTimesOutAfterTheConnectTimeoutNotTheSdks() throws IOException {
        // A listener that never accepts, its backlog filled: the kernel drops further SYNs, so connecting hangs.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> filling = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = new Socket();
                    try {
                        s.connect(silent.getLocalSocketAddress(), 200);
                        filling.add(s);
                    } catch (IOException full) {
                        s.close();
                        break;
                    }
                }
                CodeSender sender =
                        sender(Map.of("connect-timeout-ms", "500"), "http://127.0.0.1:" + silent.getLocalPort());

                SendOutcome[] outcome = new SendOutcome[1];
                Duration took = timed(() -> outcome[0] = sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE)));

                assertThat(outcome[0]).isEqualTo(SendOutcome.failed("timeout"));
                assertThat(took).isLessThan(Duration.ofSeconds(5)); // the SDK's own connect timeout is 30.5 s
            } finally {
                for (Socket s : filling) {
                    s.close();
                }
            }
        }
    }

    @Test
    void refusedConnectionIsANetworkFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        CodeSender sender = sender(Map.of(), "http://127.0.0.1:" + closedPort);

        assertThat(sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE))).isEqualTo(SendOutcome.failed("network"));
    }

    @Test
    void destinationsOutsideThePolicyAreRefusedWithoutAskingTwilio() {
        CodeSender sender = sender(Map.of());

        assertThat(sender.send(message(Channel.SMS, "+12015550123", Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("not_allowed_destination"));
        assertThat(sender.send(message(Channel.SMS, LANDLINE, Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("not_allowed_destination"));
        assertThat(sender.send(message(Channel.VOICE, "+815012345678", Locale.JAPANESE)))
                .isEqualTo(SendOutcome.failed("not_allowed_destination"));
        assertThat(twilio.requests()).isEmpty();
    }

    @Test
    void configuredRegionLetsForeignNumbersThrough() {
        CodeSender sender = sender(Map.of("allowed-regions", "JP,US"));

        assertThat(sender.send(message(Channel.VOICE, "+12015550123", Locale.ENGLISH))
                        .sent())
                .isTrue();
        assertThat(twilio.requests()).hasSize(1);
    }

    @Test
    void baseUrlWithAPathPrefixKeepsThePrefix() {
        CodeSender sender = sender(Map.of(), twilio.baseUrl() + "/twilio/");

        sender.send(message(Channel.SMS, MOBILE, Locale.JAPANESE));

        assertThat(twilio.requests().get(0).path()).isEqualTo("/twilio/2010-04-01/Accounts/" + SID + "/Messages.json");
    }

    private CodeSender sender(Map<String, String> options) {
        return sender(options, twilio.baseUrl());
    }

    private CodeSender sender(Map<String, String> options, String baseUrl) {
        Map<String, String> env = new HashMap<>(Map.of(
                TwilioConfig.ENV_ACCOUNT_SID,
                SID,
                TwilioConfig.ENV_AUTH_TOKEN,
                TOKEN,
                TwilioConfig.ENV_FROM,
                FROM,
                TwilioConfig.ENV_API_BASE_URL,
                baseUrl));
        TwilioConfig config = TwilioConfig.parse(env::get, options::get);
        http = TwilioHttpClient.create(config);
        return new TwilioCodeSender(http.restClient(config), config);
    }

    private static Duration timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static CodeMessage message(Channel channel, String to, Locale locale) {
        return new CodeMessage(channel, to, "123456", locale, Duration.ofMinutes(5));
    }
}
