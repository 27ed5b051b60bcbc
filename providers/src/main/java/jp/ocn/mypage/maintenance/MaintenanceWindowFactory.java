package jp.ocn.mypage.maintenance;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.component.ComponentFactory;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Maintenance windows as realm components: Keycloak stores, caches and replicates them with the realm, and
 * validates each one here whether it comes from our operator API, the admin console or realm-config.
 */
public final class MaintenanceWindowFactory
        implements ComponentFactory<MaintenanceWindowProvider, MaintenanceWindowProvider> {

    public static final String PROVIDER_ID = "mypage-maintenance-window";
    private static final MaintenanceWindowProvider NOTHING = () -> {};

    @Override
    public MaintenanceWindowProvider create(KeycloakSession session, ComponentModel model) {
        return NOTHING;
    }

    /** Refuses unreadable times, an end not after the start, and a window overlapping another of the realm. */
    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model)
            throws ComponentValidationException {
        MaintenanceWindow window;
        try {
            window = MaintenanceWindow.of(model);
        } catch (IllegalArgumentException e) {
            throw new ComponentValidationException(e.getMessage());
        }
        if (!window.end().isAfter(window.start())) {
            throw new ComponentValidationException("end must be after start");
        }
        MaintenanceWindows.of(realm).stream()
                .filter(other -> !other.id().equals(model.getId()))
                .filter(window::overlaps)
                .findFirst()
                .ifPresent(other -> {
                    throw new ComponentValidationException("overlaps maintenance window " + other.id() + " ("
                            + other.start() + " to " + other.end() + ")");
                });
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "A planned maintenance window: sign-in refused from start to end (ISO-8601 with offset), "
                + "for the listed client IDs or every client.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property()
                .name(MaintenanceWindow.START)
                .label("Start")
                .type(ProviderConfigProperty.STRING_TYPE)
                .add()
                .property()
                .name(MaintenanceWindow.END)
                .label("End")
                .type(ProviderConfigProperty.STRING_TYPE)
                .add()
                .property()
                .name(MaintenanceWindow.MESSAGE_JA)
                .label("Message (ja)")
                .type(ProviderConfigProperty.STRING_TYPE)
                .add()
                .property()
                .name(MaintenanceWindow.MESSAGE_EN)
                .label("Message (en)")
                .type(ProviderConfigProperty.STRING_TYPE)
                .add()
                .property()
                .name(MaintenanceWindow.CLIENTS)
                .label("Clients (none: every client)")
                .type(ProviderConfigProperty.MULTIVALUED_STRING_TYPE)
                .add()
                .build();
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
