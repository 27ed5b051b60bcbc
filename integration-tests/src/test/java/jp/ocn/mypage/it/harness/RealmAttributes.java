package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Realm attributes changed for one test: {@link #set} remembers the value the realm had (as realm-config set it)
 * and the extension puts it back after each test, so no test copies the realm's defaults. Register it as an
 * instance field: {@code @RegisterExtension final RealmAttributes realm = new RealmAttributes(admin);}.
 */
public final class RealmAttributes implements AfterEachCallback {

    private final AdminApi admin;
    private final Map<String, String> originals = new LinkedHashMap<>();

    public RealmAttributes(AdminApi admin) {
        this.admin = admin;
    }

    /** Sets the attribute for the rest of this test. */
    public void set(String name, String value) {
        if (!originals.containsKey(name)) {
            JsonNode current = admin.get("").path("attributes").get(name);
            originals.put(name, current == null || current.isNull() ? null : current.asText());
        }
        admin.setRealmAttribute(name, value);
    }

    /** Puts back every attribute this test changed (also done after each test). */
    public void restore() {
        originals.forEach(admin::setRealmAttribute);
        originals.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore();
    }
}
