package jp.ocn.mypage.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
            "ocnId");
    private static final Set<String> CONTRACT_FIELDS = Set.of("service", "status", "statusChangedOn");
    private static final Pattern POSTAL_CODE =
            Pattern.compile("([0-9]{3})[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC]?([0-9]{4})");
    private static final Pattern KANA = Pattern.compile("[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]+");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final Clock clock;
    private final List<ImportError> errors = new ArrayList<>();
    private int index;
    private String number;

    CustomerRecordValidator(Clock clock) {
        this.clock = clock;
    }

    /** Returns the valid record, or null after adding this record's problems to {@code sink}. */
    ValidRecord validate(int index, JsonNode node, List<ImportError> sink) {
        this.index = index;
        this.number = null;
        errors.clear();
        if (node == null || !node.isObject()) {
            sink.add(new ImportError(index, null, null, "must be a JSON object"));
            return null;
        }
        String rawNumber = text(node, "customerNumber", true, 40);
        number = rawNumber == null ? null : LoginIdNormalizer.customerNumberOrNull(rawNumber);
        if (rawNumber != null && number == null) {
            error("customerNumber", "must be N followed by 9 digits, e.g. N123456789");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                error(f, "unknown field");
            }
        });
        boolean corporate = bool(node, "corporate");
        String holderName = text(node, "holderName", true, 100);
        String kana = kana(node);
        LocalDate birthDate = date(node, "birthDate", !corporate, EARLIEST);
        String postalCode = postalCode(node);
        String corporateName = text(node, "corporateName", corporate, 200);
        List<Contract> contracts = contracts(node.get("contracts"));
        List<ContactPhone> phones = phones(node.get("contactPhones"));
        List<String> connectionIds = connectionIds(node.get("connectionIds"));
        String ocnId = ocnId(node);
        if (!errors.isEmpty()) {
            sink.addAll(errors);
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
                connectionIds);
        return new ValidRecord(index, customer, ocnId);
    }

    private void error(String field, String message) {
        errors.add(new ImportError(index, number, field, message));
    }

    private String text(JsonNode node, String field, boolean required, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            error(field, "must be a string");
            return null;
        }
        String text = Normalizer.normalize(value.asText(), Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            error(field, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            error(field, "must not contain control characters");
            return null;
        }
        return text;
    }

    private boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            error(field, "must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    private String kana(JsonNode node) {
        String kana = text(node, "holderNameKana", true, 100);
        if (kana != null && !KANA.matcher(kana).matches()) {
            error("holderNameKana", "must be written in katakana or hiragana");
            return null;
        }
        return kana;
    }

    private LocalDate date(JsonNode node, String field, boolean required, LocalDate earliest) {
        String text = text(node, field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(earliest) || date.isAfter(LocalDate.now(clock))) {
                error(field, "must be between " + earliest + " and today");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(field, "must be a date like 1980-01-15");
            return null;
        }
    }

    private String postalCode(JsonNode node) {
        String text = text(node, "postalCode", true, 8);
        if (text == null) {
            return null;
        }
        var m = POSTAL_CODE.matcher(text);
        if (!m.matches()) {
            error("postalCode", "must be 7 digits, e.g. 150-0001");
            return null;
        }
        return m.group(1) + "-" + m.group(2);
    }

    private List<Contract> contracts(JsonNode array) {
        List<Contract> out = new ArrayList<>();
        if (!isArray(array, "contracts", 20)) {
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String prefix = "contracts[" + i + "].";
            if (!c.isObject()) {
                error("contracts[" + i + "]", "must be a JSON object");
                continue;
            }
            c.fieldNames().forEachRemaining(f -> {
                if (!CONTRACT_FIELDS.contains(f)) {
                    error(prefix + f, "unknown field");
                }
            });
            int before = errors.size();
            String service = text(c, "service", true, 100);
            String statusText = text(c, "status", true, 20);
            ContractStatus status =
                    statusText == null ? null : ContractStatus.parse(statusText).orElse(null);
            if (statusText != null && status == null) {
                error("status", "must be one of applied, active, cancelling, cancelled, withdrawn");
            }
            LocalDate changed = date(c, "statusChangedOn", true, EARLIEST);
            renameNewErrors(before, prefix);
            if (service != null && status != null && changed != null) {
                out.add(new Contract(number, service, status, changed));
            }
        }
        return out;
    }

    /** Errors from the shared field helpers name the bare field; inside a list they need its position. */
    private void renameNewErrors(int from, String prefix) {
        for (int i = from; i < errors.size(); i++) {
            ImportError e = errors.get(i);
            if (!e.field().startsWith(prefix)) {
                errors.set(i, new ImportError(e.index(), e.customerNumber(), prefix + e.field(), e.message()));
            }
        }
    }

    private List<ContactPhone> phones(JsonNode array) {
        Set<ContactPhone> out = new LinkedHashSet<>();
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!isArray(array, "contactPhones", 10)) {
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            String field = "contactPhones[" + i + "]";
            JsonNode value = array.get(i);
            if (!value.isTextual() || value.asText().length() > 30) {
                error(field, "must be a Japanese phone number such as 090-1234-5678");
                continue;
            }
            ContactPhone phone = phone(value.asText());
            if (phone == null) {
                error(field, "must be a valid Japanese mobile or landline number such as 090-1234-5678");
            } else if (!out.add(phone)) {
                error(field, "is listed twice");
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
        if (array == null || array.isNull() || !isArray(array, "connectionIds", 20)) {
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            String field = "connectionIds[" + i + "]";
            JsonNode value = array.get(i);
            LoginId id = value.isTextual() ? LoginIdNormalizer.parse(value.asText()) : null;
            if (id == null || !id.kind().isMail()) {
                error(field, "must look like a mail address, e.g. ab123456@xyz.ocn.ne.jp");
            } else if (!out.add(id.value())) {
                error(field, "is listed twice");
            }
        }
        return List.copyOf(out);
    }

    private String ocnId(JsonNode node) {
        String text = text(node, "ocnId", false, 254);
        if (text == null) {
            return null;
        }
        LoginId id = LoginIdNormalizer.parse(text);
        if (!id.kind().isMail()) {
            error("ocnId", "must be a mail address");
            return null;
        }
        return id.value();
    }

    private boolean isArray(JsonNode array, String field, int max) {
        if (array == null || array.isNull()) {
            error(field, "is required");
            return false;
        }
        if (!array.isArray()) {
            error(field, "must be a list");
            return false;
        }
        if (array.size() > max) {
            error(field, "must have at most " + max + " entries");
            return false;
        }
        return true;
    }
}
