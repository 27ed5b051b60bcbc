package jp.ocn.mypage.maintenance;

import jp.ocn.mypage.support.RealmResourceFactoryBase;

/** Mounts {@link MaintenanceResource} at {@code /realms/{realm}/mypage-maintenance}. */
public final class MaintenanceResourceProviderFactory extends RealmResourceFactoryBase {

    public static final String ID = "mypage-maintenance";

    public MaintenanceResourceProviderFactory() {
        super(ID, MaintenanceResource::new);
    }
}
