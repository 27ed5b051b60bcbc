package jp.ocn.mypage.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.support.MailLinks;
import org.junit.jupiter.api.Test;

class MailChangeTextTest {

    @Test
    void aTypedAddressIsNormalisedLikeALoginId() {
        assertThat(MailLinks.normaliseAddress("　Ｔａｒｏ＠Example.JP ")).isEqualTo("taro@example.jp");
        assertThat(MailLinks.normaliseAddress(null)).isEmpty();
    }

    @Test
    void theNoticeNamesTheNewAddressOnlyMasked() {
        assertThat(MailChangeMail.mask("taro.yamada@example.jp")).isEqualTo("ta***@example.jp");
        assertThat(MailChangeMail.mask("t@example.jp")).isEqualTo("t***@example.jp");
        assertThat(MailChangeMail.mask("nonsense")).isEqualTo("***");
    }
}
