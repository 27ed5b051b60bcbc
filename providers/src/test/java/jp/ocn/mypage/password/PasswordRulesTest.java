package jp.ocn.mypage.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.TestCustomers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesTest {

    private static final Customer TARO =
            TestCustomers.taro(List.of(), List.of(new ContactPhone("+819012345678", ContactPhone.LineType.MOBILE)));
    private static final Set<String> TARO_DATA =
            PersonalData.of("taro.yamada@ocn.ne.jp", "taro.yamada@ocn.ne.jp", List.of(TARO));

    @ParameterizedTest
    @CsvSource({
        "abcdefghijkl, 1",
        "abcdefGHIJKL, 2",
        "abcdef123456, 2",
        "abcDEF123456, 3",
        "abcDEF123!@#, 4",
        "あいうえおかきくけこさし, 1"
    })
    void characterKindsAreCounted(String password, int kinds) {
        assertThat(CharacterClasses.count(password)).isEqualTo(kinds);
    }

    @Test
    void theBlocklistHasAtLeastTenThousandEntries() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @CsvSource({"password", "Password1234!", "PASSWORD", "Sunshine2026!!", "iloveyou12345", "qwertyuiop"})
    void commonPasswordsAreRefusedWholeOrWithoutTrailingDigitsAndSymbols(String password) {
        assertThat(CommonPasswords.isCommon(password)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Kx7#mQ2!vR9p", "Mypage-Demo-2026", "hana-yori-dango-88"})
    void unusualPasswordsPass(String password) {
        assertThat(CommonPasswords.isCommon(password)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "Taro.Yamada-2026!",
        "x-N123456789-Secret",
        "Secret-123456789x",
        "My-09012345678-pw",
        "pw-12345678-Zz!",
        "Born-19800115-Zz",
        "Born-800115-Zzz!",
        "Zz!-Secret-0115",
        "ｔａｒｏ．ｙａｍａｄａ-Zz1"
    })
    void personalDataInsideThePasswordIsFound(String password) {
        assertThat(PersonalData.found(password, TARO_DATA)).isNotNull();
    }

    @Test
    void otherPasswordsContainNoPersonalData() {
        assertThat(PersonalData.found("Kx7#mQ2!vR9p", TARO_DATA)).isNull();
    }

    @Test
    void veryShortLocalPartsAreNotTreatedAsPersonalData() {
        assertThat(PersonalData.of("ab@ocn.ne.jp", null, List.of())).isEmpty();
    }
}
