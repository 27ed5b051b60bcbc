package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodeTextsTest {

    private static CodeMessage message(Channel channel, Locale locale, Duration lifetime) {
        return new CodeMessage(channel, "+819012345678", "408215", locale, lifetime);
    }

    @Test
    void japaneseSmsNamesTheServiceCodeLifetimeAndWarnsNotToShare() {
        String sms = CodeTexts.sms(message(Channel.SMS, Locale.JAPANESE, Duration.ofMinutes(5)));

        assertThat(sms).contains("OCN マイページ", "408215", "5分", "他人に教えないでください");
    }

    @Test
    void japaneseSmsFitsOneUcs2Segment() {
        assertThat(CodeTexts.sms(message(Channel.SMS, Locale.JAPANESE, Duration.ofMinutes(10)))
                        .length())
                .isLessThanOrEqualTo(70);
    }

    @Test
    void unknownOrMissingLocaleFallsBackToJapanese() {
        assertThat(CodeTexts.sms(message(Channel.SMS, null, Duration.ofMinutes(5))))
                .contains("認証番号");
        assertThat(CodeTexts.sms(message(Channel.SMS, Locale.KOREAN, Duration.ofMinutes(5))))
                .contains("認証番号");
    }

    @Test
    void englishSmsNamesTheServiceCodeLifetimeAndWarnsNotToShare() {
        String sms = CodeTexts.sms(message(Channel.SMS, Locale.forLanguageTag("en-GB"), Duration.ofMinutes(5)));

        assertThat(sms).contains("OCN MyPage", "408215", "5 minutes", "Do not tell anyone this code");
    }

    @Test
    void oneMinuteIsSingularInEnglish() {
        assertThat(CodeTexts.sms(message(Channel.SMS, Locale.ENGLISH, Duration.ofSeconds(60))))
                .contains("1 minute.");
    }

    @Test
    void japaneseCallIntroducesThenReadsTheDigitsOneByOneTwiceThenLifetimeAndWarning() {
        List<String> script = CodeTexts.voiceSentences(message(Channel.VOICE, Locale.JAPANESE, Duration.ofMinutes(5)));

        assertThat(script).hasSize(5);
        assertThat(script.get(0)).contains("OCN マイページ").doesNotContainPattern("[0-9]");
        assertThat(script.get(1)).contains("4、0、8、2、1、5").doesNotContain("408215");
        assertThat(script.get(2)).contains("4、0、8、2、1、5");
        assertThat(script.get(3)).contains("5分");
        assertThat(script.get(4)).contains("他人に教えないでください");
    }

    @Test
    void englishCallReadsTheDigitsOneByOneTwice() {
        List<String> script = CodeTexts.voiceSentences(message(Channel.VOICE, Locale.ENGLISH, Duration.ofMinutes(5)));

        assertThat(String.join(" ", script).split("4, 0, 8, 2, 1, 5", -1)).hasSize(3);
        assertThat(script.get(3)).contains("5 minutes");
        assertThat(script.get(4)).contains("Do not tell anyone this code");
    }
}
