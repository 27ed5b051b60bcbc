package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhoneMaskTest {

    @Test
    void mobileKeepsCountryCodeFirstAndLastGroupOnly() {
        assertThat(PhoneMask.mask("+819012345678")).isEqualTo("+81 90-****-5678");
    }

    @Test
    void landlineAndForeignNumbersAreMaskedAlike() {
        assertThat(PhoneMask.mask("+81312345678")).isEqualTo("+81 3-****-5678");
        assertThat(PhoneMask.mask("+12015550123")).isEqualTo("+1 201-***-0123");
    }

    @Test
    void unparsableInputKeepsAtMostTheLastFourDigits() {
        assertThat(PhoneMask.mask("12-34567890123x")).isEqualTo("****0123");
        assertThat(PhoneMask.mask("abc")).isEqualTo("****");
        assertThat(PhoneMask.mask(null)).isEqualTo("(none)");
    }

    @Test
    void aMessagePrintedInALogShowsNeitherCodeNorFullNumber() {
        String printed = new CodeMessage(Channel.SMS, "+819012345678", "408215", Locale.JAPANESE, Duration.ofMinutes(5))
                .toString();

        assertThat(printed).doesNotContain("408215", "12345678").contains("+81 90-****-5678");
    }
}
