package jp.ocn.mypage.customer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.util.JsonSerialization;

/**
 * Loads development demo data through {@link DirectoryImporter}, the same path as the operator endpoint.
 * Only active when {@code MYPAGE_DEMO_DIRECTORY} names a file; production leaves it unset.
 * Dates in the file may be written {@code {{daysAgo:30}}} so that "cancelled 30 days ago" stays true.
 */
final class DemoDirectoryLoader {

    private static final Logger LOG = Logger.getLogger(DemoDirectoryLoader.class);
    private static final Pattern DAYS_AGO = Pattern.compile("\\{\\{daysAgo:([0-9]{1,5})}}");

    private final Path file;
    private final String realmName;

    private DemoDirectoryLoader(Path file, String realmName) {
        this.file = file;
        this.realmName = realmName;
    }

    static DemoDirectoryLoader fromEnvironment() {
        String file = System.getenv("MYPAGE_DEMO_DIRECTORY");
        if (file == null || file.isBlank()) {
            return null;
        }
        String realm = System.getenv().getOrDefault("MYPAGE_DEMO_REALM", "mypage");
        return new DemoDirectoryLoader(Path.of(file), realm);
    }

    static String resolveDates(String text, LocalDate today) {
        Matcher m = DAYS_AGO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, today.minusDays(Integer.parseInt(m.group(1))).toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    void load(KeycloakSessionFactory factory) {
        JsonNode body;
        try {
            body = JsonSerialization.mapper.readTree(
                    resolveDates(Files.readString(file, StandardCharsets.UTF_8), ContractPolicy.today()));
        } catch (IOException e) {
            LOG.errorf("Demo directory %s could not be read: %s", file, e.getMessage());
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            RealmModel realm = session.realms().getRealmByName(realmName);
            if (realm == null) {
                LOG.warnf("Demo directory not loaded: realm %s does not exist", realmName);
                return;
            }
            session.getContext().setRealm(realm);
            ImportReport report = new DirectoryImporter(session, realm).run(body);
            if (report.applied()) {
                LOG.infof(
                        "Demo directory loaded from %s: %d customers (%d new)",
                        file, report.received(), report.created());
            } else {
                LOG.errorf("Demo directory %s rejected: %s", file, report.errors());
            }
        });
    }
}
