package jp.ocn.mypage.customer;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one directory record and notes every problem instead of stopping at the first, so an
 * operator sees all of a record's problems at once. The record's layout is {@link CustomerRecordValidator}'s.
 */
final class RecordFields {

    private final Clock clock;
    private final List<ImportError> errors = new ArrayList<>();
    private int index;
    private String number;

    RecordFields(Clock clock) {
        this.clock = clock;
    }

    /** Starts on the record at {@code index} of the batch, with no problems yet. */
    void start(int index) {
        this.index = index;
        this.number = null;
        errors.clear();
    }

    /** The record's customer number, once known: problems found after this name it. */
    void customerNumber(String number) {
        this.number = number;
    }

    List<ImportError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new ImportError(index, number, field, message));
    }

    /** NFKC-normalised, stripped text of at most {@code maxLength} characters, or null (a problem noted). */
    String text(JsonNode node, String field, boolean required, int maxLength) {
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

    boolean bool(JsonNode node, String field) {
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

    /** An ISO date from {@code earliest} to today, or null (a problem noted). */
    LocalDate date(JsonNode node, String field, boolean required, LocalDate earliest) {
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

    /** Whether {@code array} is a list of at most {@code max} entries (else a problem is noted). */
    boolean isArray(JsonNode array, String field, int max) {
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

    /** Errors from the field readers name the bare field; inside a list they need its position. */
    void renameNewErrors(int from, String prefix) {
        for (int i = from; i < errors.size(); i++) {
            ImportError e = errors.get(i);
            if (!e.field().startsWith(prefix)) {
                errors.set(i, new ImportError(e.index(), e.customerNumber(), prefix + e.field(), e.message()));
            }
        }
    }
}
