package jp.ocn.mypage.maintenance;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Registers the component type {@link MaintenanceWindowProvider} (maintenance windows are realm components). */
public final class MaintenanceWindowSpi implements Spi {

    public static final String NAME = "mypage-maintenance-window";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return MaintenanceWindowProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MaintenanceWindowFactory.class;
    }
}
