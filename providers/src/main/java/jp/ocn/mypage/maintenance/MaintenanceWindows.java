package jp.ocn.mypage.maintenance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;

/** The realm's maintenance windows, read from its components (cached with the realm). */
public final class MaintenanceWindows {

    private static final Logger LOG = Logger.getLogger(MaintenanceWindows.class);

    private MaintenanceWindows() {}

    /** Every readable window, earliest first; an unreadable one is logged and skipped, never a refusal. */
    public static List<MaintenanceWindow> of(RealmModel realm) {
        return realm.getComponentsStream(realm.getId(), MaintenanceWindowProvider.class.getName())
                .map(MaintenanceWindows::readable)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(MaintenanceWindow::start))
                .toList();
    }

    /** The window refusing sign-in to {@code clientId} now, if any. */
    public static Optional<MaintenanceWindow> refusing(RealmModel realm, String clientId, Instant now) {
        return of(realm).stream().filter(w -> w.refusesAt(now, clientId)).findFirst();
    }

    /** The next window for {@code clientId} starting within the notice period, if any. */
    public static Optional<MaintenanceWindow> announced(
            RealmModel realm, String clientId, Instant now, Instant noticeUntil) {
        return of(realm).stream()
                .filter(w -> w.startsBetween(now, noticeUntil, clientId))
                .findFirst();
    }

    private static Optional<MaintenanceWindow> readable(ComponentModel model) {
        try {
            return Optional.of(MaintenanceWindow.of(model));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Maintenance window %s is unreadable and ignored: %s", model.getId(), e.getMessage());
            return Optional.empty();
        }
    }
}
