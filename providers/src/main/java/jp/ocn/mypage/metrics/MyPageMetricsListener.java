package jp.ocn.mypage.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;

/** Moves our counters ({@link EventCounts}) for each user event; registered once, kept by the registry. */
final class MyPageMetricsListener implements EventListenerProvider {

    private final MeterRegistry registry;

    MyPageMetricsListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onEvent(Event event) {
        EventCounts.of(event).ifPresent(count -> {
            Counter.Builder counter = Counter.builder(count.name()).description("MyPage: " + count.name());
            count.tags().forEach(counter::tag);
            counter.register(registry).increment();
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // Admin events move none of our counters.
    }

    @Override
    public void close() {
        // Nothing held per session.
    }
}
