package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lists and IDs of a directory record: contact phones, connection IDs, the OCN ID, contracts. */
class CustomerRecordListsTest extends CustomerRecordCase {

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
}
