package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of single fields of a directory record: the customer number, dates, corporate records, names. */
class CustomerRecordFieldRulesTest extends CustomerRecordCase {

    // --- customer number ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "N12345678", "N1234567890", "X123456789", "taro@ocn.ne.jp", "山田"})
    void aCustomerNumberOfTheWrongShapeIsRefused(String typed) {
        ObjectNode node = record();
        node.put("customerNumber", typed);
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message, ImportError::customerNumber)
                .containsExactly(tuple("customerNumber", "must be N followed by 9 digits, e.g. N123456789", null));
    }

    // --- dates -------------------------------------------------------------------------------------

    @Test
    void aBirthDateOfTodayInTokyoIsAccepted() {
        ObjectNode node = record();
        node.put("birthDate", TODAY.toString());
        ValidRecord valid = validate(node);
        assertThat(errors).isEmpty();
        assertThat(valid.customer().birthDate()).isEqualTo(TODAY);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        ObjectNode node = record();
        node.put("birthDate", TODAY.plusDays(1).toString());
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("birthDate", "must be between 1900-01-01 and today"));
    }

    @Test
    void aBirthDateBefore1900IsRefusedButTheFirstDayOf1900IsAccepted() {
        ObjectNode early = record();
        early.put("birthDate", "1899-12-31");
        assertRefusedOn(early, "birthDate");

        errors.clear();
        ObjectNode first = record();
        first.put("birthDate", "1900-01-01");
        assertThat(validate(first)).isNotNull();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980/01/15", "1980-1-15", "1980-02-30", "1980-13-01", "15.01.1980", "yesterday"})
    void aMalformedBirthDateIsRefused(String typed) {
        ObjectNode node = record();
        node.put("birthDate", typed);
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("birthDate", "must be a date like 1980-01-15"));
    }

    @Test
    void aContractStatusChangeInTheFutureIsRefusedWithItsPosition() {
        ObjectNode node = record();
        ((ObjectNode) node.get("contracts").get(0))
                .put("statusChangedOn", TODAY.plusDays(1).toString());
        assertThat(validate(node)).isNull();
        assertThat(errors).extracting(ImportError::field).containsExactly("contracts[0].statusChangedOn");
    }

    // --- corporate ---------------------------------------------------------------------------------

    @Test
    void aCorporateRecordWithoutBirthDateIsValid() {
        ValidRecord valid = validate(corporateRecord());
        assertThat(errors).isEmpty();
        assertThat(valid.customer().corporate()).isTrue();
        assertThat(valid.customer().corporateName()).isEqualTo("株式会社サンプル");
        assertThat(valid.customer().birthDate()).isNull();
    }

    @Test
    void aCorporateRecordWithoutCorporateNameIsRefused() {
        ObjectNode node = corporateRecord();
        node.remove("corporateName");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("corporateName", "is required"));
    }

    @Test
    void anIndividualRecordDropsACorporateName() {
        ObjectNode node = record();
        node.put("corporateName", "株式会社サンプル");
        ValidRecord valid = validate(node);
        assertThat(errors).isEmpty();
        assertThat(valid.customer().corporateName()).isNull();
    }

    // --- names -------------------------------------------------------------------------------------

    @Test
    void aKanaNameWithKanjiIsRefused() {
        ObjectNode node = record();
        node.put("holderNameKana", "山田 タロウ");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("holderNameKana", "must be written in katakana or hiragana"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yamada Taro", "ヤマダ1", "ヤマダ・タロウ!"})
    void aKanaNameWithLatinLettersDigitsOrSymbolsIsRefused(String typed) {
        ObjectNode node = record();
        node.put("holderNameKana", typed);
        assertRefusedOn(node, "holderNameKana");
    }

    @Test
    void aKanaNameInHalfWidthKatakanaIsAcceptedAndStoredFullWidth() {
        ObjectNode node = record();
        node.put("holderNameKana", "ﾔﾏﾀﾞ ﾀﾛｳ");
        ValidRecord valid = validate(node);
        assertThat(errors).isEmpty();
        assertThat(valid.customer().holderNameKana()).isEqualTo("ヤマダ タロウ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"やまだ たろう", "ヤマダ・タロウ", "サトー　ユーコ"})
    void aKanaNameInHiraganaOrWithMiddleDotOrLongVowelIsAccepted(String typed) {
        ObjectNode node = record();
        node.put("holderNameKana", typed);
        assertThat(validate(node)).isNotNull();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田\u0000太郎", "山田\u0007太郎", "山田\n太郎", "山田\u200B太郎", "山田\u202E太郎"})
    void controlCharactersInTheHolderNameAreRefused(String typed) {
        ObjectNode node = record();
        node.put("holderName", typed);
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("holderName", "must not contain control characters"));
    }

    @Test
    void aHolderNameLongerThan100CharactersIsRefused() {
        ObjectNode node = record();
        node.put("holderName", "山".repeat(101));
        assertRefusedOn(node, "holderName");

        errors.clear();
        ObjectNode ok = record();
        ok.put("holderName", "山".repeat(100));
        assertThat(validate(ok)).isNotNull();
    }
}
