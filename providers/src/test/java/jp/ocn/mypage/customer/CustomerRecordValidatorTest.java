package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A directory record as a whole: a good one, required fields, its shape, and how problems are reported. */
class CustomerRecordValidatorTest extends CustomerRecordCase {

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
