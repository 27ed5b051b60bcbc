package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerRecordValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 2026-11-21 15:30 UTC is already 2026-11-22 00:30 in Tokyo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T15:30:00Z"), ZoneId.of("Asia/Tokyo"));

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final CustomerRecordValidator validator = new CustomerRecordValidator(CLOCK);
    private final List<ImportError> errors = new ArrayList<>();

    /** A complete, valid individual record in the spellings operators really send. */
    private static ObjectNode record() {
        ObjectNode node = JSON.createObjectNode();
        node.put("customerNumber", "ｎ１２３−４５６−７８９");
        node.put("holderName", "山田 太郎");
        node.put("holderNameKana", "ヤマダ タロウ");
        node.put("birthDate", "1980-01-15");
        node.put("postalCode", "1500001");
        node.put("corporate", false);
        ArrayNode contracts = node.putArray("contracts");
        contracts.add(contract("OCN光", "active", "2020-04-01"));
        contracts.add(contract("OCNモバイル", "cancelled", "2026-10-01"));
        node.putArray("contactPhones").add("090-1234-5678").add("03-1234-5678");
        node.putArray("connectionIds").add("AB123456@XYZ.OCN.NE.JP");
        node.put("ocnId", "Taro.Yamada@OCN.NE.JP");
        return node;
    }

    private static ObjectNode contract(String service, String status, String changedOn) {
        ObjectNode c = JSON.createObjectNode();
        c.put("service", service);
        c.put("status", status);
        c.put("statusChangedOn", changedOn);
        return c;
    }

    private static ObjectNode corporateRecord() {
        ObjectNode node = record();
        node.put("corporate", true);
        node.put("corporateName", "株式会社サンプル");
        node.remove("birthDate");
        return node;
    }

    private ValidRecord validate(ObjectNode node) {
        return validator.validate(3, node, errors);
    }

    private void assertRefusedOn(ObjectNode node, String field) {
        assertThat(validate(node)).isNull();
        assertThat(errors).extracting(ImportError::field).containsExactly(field);
    }

    // --- a good record -----------------------------------------------------------------------------

    @Test
    void aFullValidRecordIsNormalisedIntoACustomer() {
        ValidRecord valid = validate(record());

        assertThat(errors).isEmpty();
        assertThat(valid).isNotNull();
        assertThat(valid.index()).isEqualTo(3);
        assertThat(valid.ocnId()).isEqualTo("taro.yamada@ocn.ne.jp");
        Customer c = valid.customer();
        assertThat(c.customerNumber()).isEqualTo("N123456789");
        assertThat(c.holderName()).isEqualTo("山田 太郎");
        assertThat(c.holderNameKana()).isEqualTo("ヤマダ タロウ");
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1980, 1, 15));
        assertThat(c.postalCode()).isEqualTo("150-0001");
        assertThat(c.corporate()).isFalse();
        assertThat(c.corporateName()).isNull();
        assertThat(c.contracts())
                .containsExactly(
                        new Contract("N123456789", "OCN光", ContractStatus.ACTIVE, LocalDate.of(2020, 4, 1)),
                        new Contract("N123456789", "OCNモバイル", ContractStatus.CANCELLED, LocalDate.of(2026, 10, 1)));
        assertThat(c.contactPhones())
                .containsExactly(
                        new ContactPhone("+819012345678", ContactPhone.LineType.MOBILE),
                        new ContactPhone("+81312345678", ContactPhone.LineType.LANDLINE));
        assertThat(c.connectionIds()).containsExactly("ab123456@xyz.ocn.ne.jp");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        ObjectNode node = record();
        node.remove(List.of("contactPhones", "connectionIds", "ocnId", "corporate"));

        ValidRecord valid = validate(node);

        assertThat(errors).isEmpty();
        assertThat(valid.ocnId()).isNull();
        assertThat(valid.customer().contactPhones()).isEmpty();
        assertThat(valid.customer().connectionIds()).isEmpty();
        assertThat(valid.customer().corporate()).isFalse();
    }

    @Test
    void aRecordWithAnEmptyContractListIsValid() {
        ObjectNode node = record();
        node.putArray("contracts");
        ValidRecord valid = validate(node);
        assertThat(errors).isEmpty();
        assertThat(valid.customer().contracts()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"150-0001", "１５０－０００１", "150ー0001", "150\u22120001"})
    void postalCodeSpellingsBecomeTheHyphenatedForm(String typed) {
        ObjectNode node = record();
        node.put("postalCode", typed);
        ValidRecord valid = validate(node);
        assertThat(errors).isEmpty();
        assertThat(valid.customer().postalCode()).isEqualTo("150-0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"150001", "15000012", "150-00012", "abc-defg", "150 0001"})
    void postalCodesOfTheWrongShapeAreRefused(String typed) {
        ObjectNode node = record();
        node.put("postalCode", typed);
        assertRefusedOn(node, "postalCode");
    }

    // --- required fields ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"customerNumber", "holderName", "holderNameKana", "birthDate", "postalCode", "contracts"})
    void eachRequiredFieldMissingIsReported(String field) {
        ObjectNode node = record();
        node.remove(field);

        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple(field, "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customerNumber", "holderName", "holderNameKana", "birthDate", "postalCode"})
    void aRequiredTextFieldThatIsNullOrBlankIsReportedAsMissing(String field) {
        ObjectNode nulled = record();
        nulled.putNull(field);
        assertThat(validate(nulled)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple(field, "is required"));

        errors.clear();
        ObjectNode blank = record();
        blank.put(field, " \u3000 ");
        assertThat(validate(blank)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple(field, "is required"));
    }

    @Test
    void aRequiredContractFieldMissingNamesItsPosition() {
        ObjectNode node = record();
        ((ObjectNode) node.get("contracts").get(1)).remove("service");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("contracts[1].service", "is required"));
    }

    // --- shape of the record -----------------------------------------------------------------------

    @Test
    void anUnknownFieldIsRefused() {
        ObjectNode node = record();
        node.put("nickname", "たろう");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("nickname", "unknown field"));
    }

    @Test
    void anUnknownContractFieldIsRefusedWithItsPosition() {
        ObjectNode node = record();
        ((ObjectNode) node.get("contracts").get(0)).put("plan", "1G");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("contracts[0].plan", "unknown field"));
    }

    @Test
    void aRecordThatIsNotAnObjectIsRefused() {
        assertThat(validator.validate(7, JSON.createArrayNode(), errors)).isNull();
        assertThat(validator.validate(8, JSON.getNodeFactory().textNode("N123456789"), errors))
                .isNull();
        assertThat(validator.validate(9, null, errors)).isNull();
        assertThat(errors)
                .extracting(ImportError::index, ImportError::customerNumber, ImportError::field, ImportError::message)
                .containsExactly(
                        tuple(7, null, null, "must be a JSON object"),
                        tuple(8, null, null, "must be a JSON object"),
                        tuple(9, null, null, "must be a JSON object"));
    }

    @Test
    void aContractThatIsNotAnObjectIsRefusedWithItsPosition() {
        ObjectNode node = record();
        ((ArrayNode) node.get("contracts")).add("active");
        assertRefusedOn(node, "contracts[2]");
        assertThat(errors.get(0).message()).isEqualTo("must be a JSON object");
    }

    @Test
    void aNumberWhereAStringIsExpectedIsRefused() {
        ObjectNode node = record();
        node.put("holderName", 12345);
        node.put("postalCode", 1500001);
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactlyInAnyOrder(
                        tuple("holderName", "must be a string"), tuple("postalCode", "must be a string"));
    }

    @Test
    void aStringWhereABooleanIsExpectedIsRefused() {
        ObjectNode node = record();
        node.put("corporate", "true");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("corporate", "must be true or false"));
    }

    @Test
    void listsThatAreNotListsAreRefused() {
        ObjectNode node = record();
        node.put("contracts", "active");
        node.put("contactPhones", "090-1234-5678");
        node.put("connectionIds", "ab123456@xyz.ocn.ne.jp");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactlyInAnyOrder(
                        tuple("contracts", "must be a list"),
                        tuple("contactPhones", "must be a list"),
                        tuple("connectionIds", "must be a list"));
    }

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

    // --- phones ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {"090-123-456", "050-1234-5678", "0120-123-456", "0570-123-456", "+1 212 555 0100", "abc", ""})
    void phonesThatAreNotJapaneseMobileOrLandlineNumbersAreRefused(String typed) {
        ObjectNode node = record();
        node.putArray("contactPhones").add("090-1234-5678").add(typed);
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple(
                        "contactPhones[1]",
                        "must be a valid Japanese mobile or landline number such as 090-1234-5678"));
    }

    @Test
    void ipAndTollFreePhonesAreNotContactPhones() {
        assertThat(CustomerRecordValidator.phone("050-1234-5678")).isNull();
        assertThat(CustomerRecordValidator.phone("0120-123-456")).isNull();
        assertThat(CustomerRecordValidator.phone("090-123-456")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"09012345678", "０９０－１２３４－５６７８", "+81 90 1234 5678", "(090) 1234-5678"})
    void mobileNumberSpellingsAllBecomeTheSameE164(String typed) {
        assertThat(CustomerRecordValidator.phone(typed))
                .isEqualTo(new ContactPhone("+819012345678", ContactPhone.LineType.MOBILE));
    }

    @Test
    void aPhoneListedTwiceInAnotherSpellingIsRefused() {
        ObjectNode node = record();
        node.putArray("contactPhones").add("090-1234-5678").add("03-1234-5678").add("09012345678");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("contactPhones[2]", "is listed twice"));
    }

    @Test
    void aPhoneThatIsNotAStringIsRefused() {
        ObjectNode node = record();
        node.putArray("contactPhones").add(9012345678L);
        assertRefusedOn(node, "contactPhones[0]");
    }

    @Test
    void moreThanTenPhonesAreRefused() {
        ObjectNode node = record();
        ArrayNode phones = node.putArray("contactPhones");
        for (int i = 0; i < 11; i++) {
            phones.add(String.format("090-1234-%04d", i));
        }
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("contactPhones", "must have at most 10 entries"));
    }

    // --- connection IDs and OCN ID -----------------------------------------------------------------

    @Test
    void aConnectionIdThatIsNotAMailAddressIsRefused() {
        ObjectNode node = record();
        node.putArray("connectionIds").add("ab123456@xyz.ocn.ne.jp").add("ab123456");
        assertThat(validate(node)).isNull();
        assertThat(errors).extracting(ImportError::field).containsExactly("connectionIds[1]");
    }

    @Test
    void aConnectionIdListedTwiceInAnotherCaseIsRefused() {
        ObjectNode node = record();
        node.putArray("connectionIds").add("ab123456@xyz.ocn.ne.jp").add("AB123456@xyz.ocn.ne.jp");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("connectionIds[1]", "is listed twice"));
    }

    @Test
    void anOcnIdThatIsNotAMailAddressIsRefused() {
        ObjectNode node = record();
        node.put("ocnId", "N123456789");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("ocnId", "must be a mail address"));
    }

    @Test
    void aFullWidthOcnIdIsNormalisedToLowerCaseAscii() {
        ObjectNode node = record();
        node.put("ocnId", "Ｔａｒｏ．Ｙａｍａｄａ＠ＯＣＮ．ＮＥ．ＪＰ");
        assertThat(validate(node).ocnId()).isEqualTo("taro.yamada@ocn.ne.jp");
    }

    // --- contracts ---------------------------------------------------------------------------------

    @Test
    void aContractWithAnUnknownStatusIsRefusedWithItsPosition() {
        ObjectNode node = record();
        ((ObjectNode) node.get("contracts").get(1)).put("status", "suspended");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple(
                        "contracts[1].status", "must be one of applied, active, cancelling, cancelled, withdrawn"));
    }

    @Test
    void contractStatusIsReadInLowerCaseOnly() {
        ObjectNode node = record();
        ((ObjectNode) node.get("contracts").get(0)).put("status", "ACTIVE");
        assertRefusedOn(node, "contracts[0].status");
    }

    @Test
    void everyProblemInsideAContractIsNamedWithItsPosition() {
        ObjectNode node = record();
        ((ArrayNode) node.get("contracts")).add(contract(null, "paused", "2026-13-01"));
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field)
                .containsExactlyInAnyOrder(
                        "contracts[2].service", "contracts[2].status", "contracts[2].statusChangedOn");
    }

    @Test
    void twentyContractsAreAcceptedButTwentyOneAreTooMany() {
        ObjectNode node = record();
        ArrayNode contracts = node.putArray("contracts");
        for (int i = 0; i < 20; i++) {
            contracts.add(contract("service " + i, "active", "2020-04-01"));
        }
        assertThat(validate(node).customer().contracts()).hasSize(20);

        contracts.add(contract("service 20", "active", "2020-04-01"));
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field, ImportError::message)
                .containsExactly(tuple("contracts", "must have at most 20 entries"));
    }

    // --- reporting ---------------------------------------------------------------------------------

    @Test
    void everyProblemOfOneRecordIsReportedTogether() {
        ObjectNode node = record();
        node.remove("holderName");
        node.put("holderNameKana", "山田");
        node.put("birthDate", "2099-01-01");
        node.put("postalCode", "15000");
        ((ObjectNode) node.get("contracts").get(1)).put("status", "paused");
        node.putArray("contactPhones").add("050-1234-5678");
        node.putArray("connectionIds").add("not a mail");
        node.put("ocnId", "taro");

        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::field)
                .containsExactlyInAnyOrder(
                        "holderName",
                        "holderNameKana",
                        "birthDate",
                        "postalCode",
                        "contracts[1].status",
                        "contactPhones[0]",
                        "connectionIds[0]",
                        "ocnId");
    }

    @Test
    void errorsCarryTheRecordIndexAndTheNormalisedCustomerNumber() {
        ObjectNode node = record();
        node.remove("holderName");
        node.put("postalCode", "15000");
        ((ObjectNode) node.get("contracts").get(0)).put("status", "paused");

        assertThat(validator.validate(42, node, errors)).isNull();
        assertThat(errors).hasSize(3).allSatisfy(e -> {
            assertThat(e.index()).isEqualTo(42);
            assertThat(e.customerNumber()).isEqualTo("N123456789");
        });
    }

    @Test
    void unknownFieldErrorsCarryTheCustomerNumberToo() {
        ObjectNode node = record();
        node.put("nickname", "たろう");
        ((ObjectNode) node.get("contracts").get(0)).put("plan", "1G");

        assertThat(validator.validate(5, node, errors)).isNull();
        assertThat(errors)
                .extracting(ImportError::index, ImportError::customerNumber, ImportError::field)
                .containsExactlyInAnyOrder(
                        tuple(5, "N123456789", "nickname"), tuple(5, "N123456789", "contracts[0].plan"));
    }

    @Test
    void problemsOfEarlierRecordsAreKeptAndNotRepeated() {
        ObjectNode bad = record();
        bad.remove("holderName");
        ObjectNode good = record();
        good.put("customerNumber", "N987654321");

        assertThat(validator.validate(0, bad, errors)).isNull();
        ValidRecord valid = validator.validate(1, good, errors);

        assertThat(valid).isNotNull();
        assertThat(valid.customer().customerNumber()).isEqualTo("N987654321");
        assertThat(errors)
                .extracting(ImportError::index, ImportError::customerNumber, ImportError::field)
                .containsExactly(tuple(0, "N123456789", "holderName"));
    }

    @Test
    void aValidRecordAddsNothingToTheSink() {
        errors.add(new ImportError(0, "N000000001", "holderName", "is required"));
        assertThat(validate(record())).isNotNull();
        assertThat(errors).hasSize(1);
    }
}
