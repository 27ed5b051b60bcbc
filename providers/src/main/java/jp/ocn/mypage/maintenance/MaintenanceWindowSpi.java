package jp.ocn.mypage.maintenance;

import jp.ocn.mypage.support.SpiBase;

/** Registers the component type {@link MaintenanceWindowProvider} (maintenance windows are realm components). */
public final class MaintenanceWindowSpi extends SpiBase {

    public static final String NAME = "mypage-maintenance-window";

    public MaintenanceWindowSpi() {
        super(NAME, MaintenanceWindowProvider.class, MaintenanceWindowFactory.class);
    }
}
