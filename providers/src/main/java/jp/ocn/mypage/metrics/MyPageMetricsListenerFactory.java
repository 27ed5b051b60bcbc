package jp.ocn.mypage.metrics;

import io.micrometer.core.instrument.Metrics;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Event listener {@code mypage-metrics}: our counters on Keycloak's metrics endpoint (management port,
 * {@code /metrics}, with {@code --metrics-enabled=true}). Global, as Keycloak's own user-event metrics are: it hears
 * every realm's events without a realm setting. Registers on Micrometer's global registry, where Keycloak's Quarkus
 * puts its Prometheus registry (and which counts nothing when metrics are off).
 */
public final class MyPageMetricsListenerFactory
        implements EventListenerProviderFactory, NoLifecycle<EventListenerProvider> {

    public static final String ID = "mypage-metrics";

    private final MyPageMetricsListener listener = new MyPageMetricsListener(Metrics.globalRegistry);

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return listener;
    }

    @Override
    public boolean isGlobal() {
        return true;
    }

    @Override
    public String getId() {
        return ID;
    }
}
