package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What the validator's tests share: a fixed Tokyo clock, a valid record to spoil, and the sink of problems. */
abstract class CustomerRecordCase {

    static final ObjectMapper JSON = new ObjectMapper();
    /** 2026-11-21 15:30 UTC is already 2026-11-22 00:30 in Tokyo. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T15:30:00Z"), ZoneId.of("Asia/Tokyo"));

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final CustomerRecordValidator validator = new CustomerRecordValidator(CLOCK);
    final List<ImportError> errors = new ArrayList<>();

    /** A complete, valid individual record in the spellings operators really send. */
    static ObjectNode record() {
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

    static ObjectNode contract(String service, String status, String changedOn) {
        ObjectNode c = JSON.createObjectNode();
        c.put("service", service);
        c.put("status", status);
        c.put("statusChangedOn", changedOn);
        return c;
    }

    static ObjectNode corporateRecord() {
        ObjectNode node = record();
        node.put("corporate", true);
        node.put("corporateName", "株式会社サンプル");
        node.remove("birthDate");
        return node;
    }

    ValidRecord validate(ObjectNode node) {
        return validator.validate(3, node, errors);
    }

    void assertRefusedOn(ObjectNode node, String field) {
        assertThat(validate(node)).isNull();
        assertThat(errors).extracting(ImportError::field).containsExactly(field);
    }
}
