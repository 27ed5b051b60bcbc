package jp.ocn.mypage.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewPhoneNumberTest {

    private static final List<ChoosablePhone> REGISTERED = ChoosablePhone.ofNumbers(List.of("+819012345678"));

    @ParameterizedTest
    @CsvSource({
        "080-2345-6789, +818023456789",
        "０８０－２３４５－６７８９, +818023456789",
        "080ー2345ー6789, +818023456789",
        "'080 2345 6789', +818023456789",
        "+81 80-2345-6789, +818023456789",
        "03-1234-5678, +81312345678"
    })
    void typedNumbersBecomeE164(String typed, String e164) {
        NewPhoneNumber number = NewPhoneNumber.parse(typed, REGISTERED);
        assertThat(number.valid()).as(number.problem()).isTrue();
        assertThat(number.e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @CsvSource({
        "'', mypagePhoneMissing",
        "abc, mypagePhoneInvalid",
        "090-1234-5678<script>, mypagePhoneInvalid",
        "0120-123-456, mypagePhoneNotAllowed",
        "050-1234-5678, mypagePhoneNotAllowed",
        "+1 212 555 0100, mypagePhoneNotAllowed",
        "090-1234-5678, mypagePhoneAlreadyRegistered"
    })
    void numbersThatCannotBeRegisteredSayWhy(String typed, String problem) {
        NewPhoneNumber number = NewPhoneNumber.parse(typed, REGISTERED);
        assertThat(number.valid()).isFalse();
        assertThat(number.problem()).isEqualTo(problem);
    }

    @Test
    void aVeryLongInputIsRefusedBeforeParsing() {
        assertThat(NewPhoneNumber.parse("0".repeat(10_000), REGISTERED).problem())
                .isEqualTo("mypagePhoneInvalid");
    }
}
