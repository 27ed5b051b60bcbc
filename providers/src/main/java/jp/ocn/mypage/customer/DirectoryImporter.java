package jp.ocn.mypage.customer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Applies a batch of directory records: validated record by record and against the stored directory,
 * then written in the caller's transaction only when every record is good. The operator endpoint and the
 * demo data loader both come through here.
 */
public final class DirectoryImporter {

    /** Large enough for a day's changes; larger loads are split by the caller. */
    public static final int MAX_RECORDS = 5_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final CustomerDirectoryProvider directory;

    public DirectoryImporter(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.directory = session.getProvider(CustomerDirectoryProvider.class);
    }

    public ImportReport run(JsonNode body) {
        return run(body, (number, created) -> {});
    }

    /** Imports the batch and tells {@code written} each customer number stored (and whether it is new). */
    public ImportReport run(JsonNode body, BiConsumer<String, Boolean> written) {
        JsonNode customers = body == null ? null : body.get("customers");
        if (customers == null || !customers.isArray()) {
            return ImportReport.rejected(
                    0, List.of(new ImportError(-1, null, "customers", "must be a list of customer records")));
        }
        if (customers.size() > MAX_RECORDS) {
            return ImportReport.rejected(
                    customers.size(),
                    List.of(new ImportError(-1, null, "customers", "must have at most " + MAX_RECORDS + " records")));
        }
        List<ImportError> errors = new ArrayList<>();
        List<ValidRecord> valid = new ArrayList<>();
        CustomerRecordValidator validator = new CustomerRecordValidator(ContractPolicy.JST);
        for (int i = 0; i < customers.size(); i++) {
            ValidRecord record = validator.validate(i, customers.get(i), errors);
            if (record != null) {
                valid.add(record);
            }
        }
        Map<String, String> userIds = checkAgainstDirectory(valid, errors);
        if (!errors.isEmpty()) {
            return ImportReport.rejected(customers.size(), errors);
        }
        int created = 0;
        for (ValidRecord record : valid) {
            boolean isNew = directory.upsert(
                    realm, record.customer(), userIds.get(record.customer().customerNumber()));
            if (isNew) {
                created++;
            }
            written.accept(record.customer().customerNumber(), isNew);
        }
        new SessionsOfRefusedAccounts(session, realm)
                .endFor(valid.stream().map(r -> r.customer().customerNumber()).toList());
        return ImportReport.applied(customers.size(), created);
    }

    /** Checks that need the whole batch or the database; returns customer number → user ID to link. */
    private Map<String, String> checkAgainstDirectory(List<ValidRecord> records, List<ImportError> errors) {
        Set<String> numbers = new HashSet<>();
        Map<String, String> connectionOwners = new HashMap<>();
        Map<String, String> userIds = new HashMap<>();
        for (ValidRecord r : records) {
            String number = r.customer().customerNumber();
            if (!numbers.add(number)) {
                errors.add(
                        new ImportError(r.index(), number, "customerNumber", "appears more than once in this batch"));
            }
            for (String connectionId : r.customer().connectionIds()) {
                String previous = connectionOwners.putIfAbsent(connectionId, number);
                Optional<String> stored = directory.connectionIdOwner(realm, connectionId);
                if ((previous != null && !previous.equals(number))
                        || stored.filter(o -> !o.equals(number)).isPresent()) {
                    errors.add(new ImportError(
                            r.index(), number, "connectionIds", "belongs to another customer: " + connectionId));
                }
            }
            if (r.ocnId() != null) {
                UserModel user = session.users().getUserByUsername(realm, r.ocnId());
                if (user == null) {
                    errors.add(new ImportError(r.index(), number, "ocnId", "no account has this OCN ID"));
                } else {
                    userIds.put(number, user.getId());
                }
            }
        }
        return userIds;
    }
}
