package jp.ocn.mypage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginIdNormalizerTest {

    @Test
    void fullWidthMailWithIdeographicSpaceBecomesLowerCaseAscii() {
        assertThat(LoginIdNormalizer.parse("Ｔａｒｏ．Ｙａｍａｄａ＠ＯＣＮ．ＮＥ．ＪＰ　"))
                .isEqualTo(new LoginId(LoginIdKind.OCN_MAIL, "taro.yamada@ocn.ne.jp"));
    }

    @Test
    void zeroWidthCharactersAndSurroundingSpacesAreDropped() {
        assertThat(LoginIdNormalizer.parse(" \u200Btaro.yamada@ocn.ne.jp\u200D\uFEFF\t"))
                .isEqualTo(new LoginId(LoginIdKind.OCN_MAIL, "taro.yamada@ocn.ne.jp"));
    }

    @Test
    void subdomainOfOcnIsAnOcnMailAddress() {
        assertThat(LoginIdNormalizer.parse("someone@abc.ocn.ne.jp").kind()).isEqualTo(LoginIdKind.OCN_MAIL);
    }

    @Test
    void lookalikeDomainIsAnotherMailAddress() {
        assertThat(LoginIdNormalizer.parse("someone@notocn.ne.jp").kind()).isEqualTo(LoginIdKind.OTHER_MAIL);
        assertThat(LoginIdNormalizer.parse("Hanako.Suzuki@Example.JP"))
                .isEqualTo(new LoginId(LoginIdKind.OTHER_MAIL, "hanako.suzuki@example.jp"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "N123456789",
                "n123456789",
                "ｎ１２３−４５６−７８９",
                "N123-456-789",
                "n 123 456 789",
                "N123‐456‑789",
                "N123‒456–789",
                "N123—456―789",
                "N123ー456ｰ789",
                "N123－456-789",
                "　N123456789　",
                "N\u200B123456789"
            })
    void everyCustomerNumberSpellingBecomesTheCanonicalNumber(String typed) {
        assertThat(LoginIdNormalizer.parse(typed)).isEqualTo(new LoginId(LoginIdKind.CUSTOMER_NUMBER, "N123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "N12345678", "N1234567890", "n12-345", "N12345678O", "１２３４５６７８９"})
    void wrongShapeCustomerNumbersAreRecognisedAsAttempts(String typed) {
        assertThat(LoginIdNormalizer.parse(typed).kind()).isEqualTo(LoginIdKind.MALFORMED_CUSTOMER_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "taro",
                "taro@",
                "@ocn.ne.jp",
                "taro@@ocn.ne.jp",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "${7*7}",
                "山田太郎",
                "taro yamada@ocn.ne.jp",
                "taro@ocn",
                "nakamura",
                "N-A-K-A-M-U-R-A"
            })
    void textThatIsNeitherKindIsUnknownFormat(String typed) {
        assertThat(LoginIdNormalizer.parse(typed).kind()).isEqualTo(LoginIdKind.UNKNOWN_FORMAT);
    }

    @Test
    void emptyAndBlankInputsAreEmpty() {
        assertThat(LoginIdNormalizer.parse(null).kind()).isEqualTo(LoginIdKind.EMPTY);
        assertThat(LoginIdNormalizer.parse("").kind()).isEqualTo(LoginIdKind.EMPTY);
        assertThat(LoginIdNormalizer.parse("\u3000 \u200B").kind()).isEqualTo(LoginIdKind.EMPTY);
    }

    @Test
    void overlongInputsAreRefusedWithoutNormalising() {
        assertThat(LoginIdNormalizer.parse("a".repeat(10_000) + "@ocn.ne.jp").kind())
                .isEqualTo(LoginIdKind.TOO_LONG);
        assertThat(LoginIdNormalizer.parse("a".repeat(250) + "@ocn.ne.jp").kind())
                .isEqualTo(LoginIdKind.TOO_LONG);
    }

    @Test
    void eventValuesAreSnakeCase() {
        assertThat(LoginIdKind.CUSTOMER_NUMBER.eventValue()).isEqualTo("customer_number");
    }
}
