package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhoneChangedNoticeTest {

    @Test
    void theJapaneseSmsNamesTheNewNumberMaskedAndFitsOneSegment() {
        PhoneChangedNotice notice =
                new PhoneChangedNotice(Channel.SMS, "+819012345678", Locale.JAPANESE, "080-****-6789");
        assertThat(notice.smsText())
                .contains("OCN マイページ", "080-****-6789", "変更されました", "OCNへご連絡")
                .doesNotContain("http")
                .hasSizeLessThanOrEqualTo(70);
    }

    @Test
    void theCallNeverReadsANumberAndEnglishFollowsTheLocale() {
        PhoneChangedNotice ja = new PhoneChangedNotice(Channel.VOICE, "+81312345678", null, "06-****-4567");
        assertThat(String.join("", ja.voiceSentences())).contains("変更されました").doesNotContainPattern("[0-9]");
        PhoneChangedNotice en = new PhoneChangedNotice(Channel.SMS, "+819012345678", Locale.ENGLISH, "080-****-6789");
        assertThat(en.smsText()).startsWith("OCN MyPage").contains("080-****-6789");
    }

    @Test
    void printingTheNoticeMasksTheDestination() {
        assertThat(new PhoneChangedNotice(Channel.SMS, "+819012345678", null, "x").toString())
                .doesNotContain("12345678");
    }
}
