package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerLinkedNoticeTest {

    @Test
    void theJapaneseSmsNamesTheNumberMaskedAndFitsOneSegment() {
        CustomerLinkedNotice notice = new CustomerLinkedNotice(
                Channel.SMS, "+819012345678", Locale.JAPANESE, CustomerLinkedNotice.mask("N123456789"));
        assertThat(notice.smsText())
                .contains("OCN マイページ", "N12****789", "追加されました", "OCNへご連絡")
                .doesNotContain("N123456789")
                .doesNotContain("http")
                .hasSizeLessThanOrEqualTo(70);
    }

    @Test
    void theCallNeverReadsANumberAndEnglishFollowsTheLocale() {
        CustomerLinkedNotice ja = new CustomerLinkedNotice(Channel.VOICE, "+81312345678", null, "N12****789");
        assertThat(String.join("", ja.voiceSentences())).contains("追加で登録されました").doesNotContainPattern("[0-9]");
        CustomerLinkedNotice en = new CustomerLinkedNotice(Channel.SMS, "+819012345678", Locale.ENGLISH, "N12****789");
        assertThat(en.smsText()).startsWith("OCN MyPage").contains("N12****789");
    }
}
