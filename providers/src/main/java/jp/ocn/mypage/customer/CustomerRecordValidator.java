package jp.ocn.mypage.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.ocn.mypage.identity.LoginId;
import jp.ocn.mypage.identity.LoginIdNormalizer;

/**
 * Checks one directory record field by field and says every problem at once, so an operator fixes a
 * batch in one round. Pure: no database, so it is unit-tested on its own.
 */
final class CustomerRecordValidator {

    private static final Set<String> FIELDS = Set.of(
            "customerNumber",
            "holderName",
            "holderNameKana",
            "birthDate",
            "postalCode",
            "corporate",
            "corporateName",
            "contracts",
            "contactPhones",
            "connectionIds",
            "lineNetworks",
            "ocnId");
    private static final Set<String> CONTRACT_FIELDS = Set.of("service", "status", "statusChangedOn");
    private static final Pattern POSTAL_CODE =
            Pattern.compile("([0-9]{3})[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC]?([0-9]{4})");
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final RecordFields fields;
    private String number;

    CustomerRecordValidator(Clock clock) {
        this.fields = new RecordFields(clock);
    }

    /** Returns the valid record, or null after adding this record's problems to {@code sink}. */
    ValidRecord validate(int index, JsonNode node, List<ImportError> sink) {
        fields.start(index);
        this.number = null;
        if (node == null || !node.isObject()) {
            sink.add(new ImportError(index, null, null, "must be a JSON object"));
            return null;
        }
        String rawNumber = fields.text(node, "customerNumber", true, 40);
        number = rawNumber == null ? null : LoginIdNormalizer.customerNumberOrNull(rawNumber);
        fields.customerNumber(number);
        if (rawNumber != null && number == null) {
            fields.error("customerNumber", "must be N followed by 9 digits, e.g. N123456789");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                fields.error(f, "unknown field");
            }
        });
        boolean corporate = fields.bool(node, "corporate");
        String holderName = fields.text(node, "holderName", true, 100);
        String kana = kana(node);
        LocalDate birthDate = fields.date(node, "birthDate", !corporate, EARLIEST);
        String postalCode = postalCode(node);
        String corporateName = fields.text(node, "corporateName", corporate, 200);
        List<Contract> contracts = contracts(node.get("contracts"));
        List<ContactPhone> phones = phones(node.get("contactPhones"));
        List<String> connectionIds = connectionIds(node.get("connectionIds"));
        List<String> lineNetworks = lineNetworks(node.get("lineNetworks"));
        String ocnId = ocnId(node);
        if (!fields.errors().isEmpty()) {
            sink.addAll(fields.errors());
            return null;
        }
        Customer customer = new Customer(
                number,
                holderName,
                kana,
                birthDate,
                postalCode,
                corporate,
                corporate ? corporateName : null,
                contracts,
                phones,
                connectionIds,
                lineNetworks);
        return new ValidRecord(index, customer, ocnId);
    }

    private String kana(JsonNode node) {
        String kana = fields.text(node, "holderNameKana", true, 100);
        if (kana != null && !KANA.matcher(kana).matches()) {
            fields.error("holderNameKana", "must be written in katakana or hiragana");
            return null;
        }
        return kana;
    }

    private String postalCode(JsonNode node) {
        String text = fields.text(node, "postalCode", true, 8);
        if (text == null) {
            return null;
        }
        var m = POSTAL_CODE.matcher(text);
        if (!m.matches()) {
            fields.error("postalCode", "must be 7 digits, e.g. 150-0001");
            return null;
        }
        return m.group(1) + "-" + m.group(2);
    }

    private List<Contract> contracts(JsonNode array) {
        List<Contract> out = new ArrayList<>();
        if (!fields.isArray(array, "contracts", 20)) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String prefix = "contracts[" + i + "].";
            if (!c.isObject()) {
                fields.error("contracts[" + i + "]", "must be a JSON object");
                continue;
            }
            c.fieldNames().forEachRemaining(f -> {
                if (!CONTRACT_FIELDS.contains(f)) {
                    fields.error(prefix + f, "unknown field");
                }
            });
            int before = fields.errors().size();
            String service = fields.text(c, "service", true, 100);
            String statusText = fields.text(c, "status", true, 20);
            ContractStatus status =
                    statusText == null ? null : ContractStatus.parse(statusText).orElse(null);
            if (statusText != null && status == null) {
                fields.error("status", "must be one of applied, active, cancelling, cancelled, withdrawn");
            }
            LocalDate changed = fields.date(c, "statusChangedOn", true, EARLIEST);
            fields.renameNewErrors(before, prefix);
            if (service != null && status != null && changed != null) {
                out.add(new Contract(number, service, status, changed));
            }
        }
        return out;
    }

    private List<ContactPhone> phones(JsonNode array) {
        Set<ContactPhone> out = new LinkedHashSet<>();
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!fields.isArray(array, "contactPhones", 10)) {
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            String field = "contactPhones[" + i + "]";
            JsonNode value = array.get(i);
            if (!value.isTextual() || value.asText().length() > 30) {
                fields.error(field, "must be a Japanese phone number such as 090-1234-5678");
                continue;
            }
            ContactPhone phone = phone(value.asText());
            if (phone == null) {
                fields.error(field, "must be a valid Japanese mobile or landline number such as 090-1234-5678");
            } else if (!out.add(phone)) {
                fields.error(field, "is listed twice");
            }
        }
        return List.copyOf(out);
    }

    static ContactPhone phone(String text) {
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(text, "JP");
            if (!PHONES.isValidNumberForRegion(n, "JP")) {
                return null;
            }
            String e164 = PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            return switch (PHONES.getNumberType(n)) {
                case MOBILE -> new ContactPhone(e164, ContactPhone.LineType.MOBILE);
                case FIXED_LINE, FIXED_LINE_OR_MOBILE -> new ContactPhone(e164, ContactPhone.LineType.LANDLINE);
                default -> null;
            };
        } catch (NumberParseException e) {
            return null;
        }
    }

    private List<String> connectionIds(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array == null || array.isNull() || !fields.isArray(array, "connectionIds", 20)) {
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            String field = "connectionIds[" + i + "]";
            JsonNode value = array.get(i);
            LoginId id = value.isTextual() ? LoginIdNormalizer.parse(value.asText()) : null;
            if (id == null || !id.kind().isMail()) {
                fields.error(field, "must look like a mail address, e.g. ab123456@xyz.ocn.ne.jp");
            } else if (!out.add(id.value())) {
                fields.error(field, "is listed twice");
            }
        }
        return List.copyOf(out);
    }

    /** Optional: the networks of the customer's OCN line, for the login restriction (canonical CIDR text). */
    private List<String> lineNetworks(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array == null || array.isNull() || !fields.isArray(array, "lineNetworks", 20)) {
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            String field = "lineNetworks[" + i + "]";
            JsonNode value = array.get(i);
            String text = value.isTextual() && value.asText().length() <= 50
                    ? value.asText().strip()
                    : null;
            Optional<String> problem = text == null
                    ? Optional.of("must be a network in CIDR notation such as 203.0.113.0/24 or 2001:db8:1::/48")
                    : LineNetwork.problem(text);
            if (problem.isPresent()) {
                fields.error(field, problem.get());
            } else if (!out.add(LineNetwork.parse(text).orElseThrow().text())) {
                fields.error(field, "is listed twice");
            }
        }
        return List.copyOf(out);
    }

    private String ocnId(JsonNode node) {
        String text = fields.text(node, "ocnId", false, 254);
        if (text == null) {
            return null;
        }
        LoginId id = LoginIdNormalizer.parse(text);
        if (!id.kind().isMail()) {
            fields.error("ocnId", "must be a mail address");
            return null;
        }
        return id.value();
    }
}
