package jp.ocn.mypage.maintenance;

import org.keycloak.provider.Provider;

/**
 * The component type of maintenance windows. A window holds only data; the provider does nothing and exists
 * because Keycloak stores components per provider type.
 */
public interface MaintenanceWindowProvider extends Provider {}
