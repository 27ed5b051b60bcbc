package jp.ocn.mypage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.keycloak.models.SingleUseObjectProvider;

class SlotsTest {

    /** The store's contract as Keycloak's Infinispan store keeps it: putIfAbsent is atomic. Counts reads. */
    static final class MemoryStore implements SingleUseObjectProvider {
        final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
        final AtomicInteger operations = new AtomicInteger();

        @Override
        public void put(String key, long lifespanSeconds, Map<String, String> notes) {
            operations.incrementAndGet();
            entries.put(key, notes);
        }

        @Override
        public Map<String, String> get(String key) {
            operations.incrementAndGet();
            return entries.get(key);
        }

        @Override
        public Map<String, String> remove(String key) {
            operations.incrementAndGet();
            return entries.remove(key);
        }

        @Override
        public boolean replace(String key, Map<String, String> notes) {
            operations.incrementAndGet();
            return entries.replace(key, notes) != null;
        }

        @Override
        public boolean putIfAbsent(String key, long lifespanInSeconds) {
            operations.incrementAndGet();
            return entries.putIfAbsent(key, Map.of()) == null;
        }

        @Override
        public boolean contains(String key) {
            operations.incrementAndGet();
            return entries.containsKey(key);
        }

        @Override
        public void close() {}
    }

    @Test
    void thirtyParallelClaimsAgainstALimitOfFiveGetExactlyFiveSlots() throws Exception {
        MemoryStore store = new MemoryStore();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(pool.submit(() -> {
                start.await();
                return Slots.claim(store, "p:", 5, 60);
            }));
        }
        start.countDown();
        List<String> granted = new ArrayList<>();
        for (Future<String> f : claims) {
            granted.add(f.get());
        }
        pool.shutdown();
        assertThat(granted.stream().filter(Objects::nonNull)).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aClaimAtALargeLimitReadsLogarithmicallyManySlots() {
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < 5000; i++) {
            assertThat(Slots.claim(store, "p:", 100_000, 60)).isEqualTo("p:" + i);
        }
        store.operations.set(0);
        assertThat(Slots.claim(store, "p:", 100_000, 60)).isEqualTo("p:5000");
        assertThat(store.operations.get()).isLessThanOrEqualTo(20);
    }

    @Test
    void aFullWindowRefusesWithoutTakingAnything() {
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < 3; i++) {
            assertThat(Slots.claim(store, "p:", 3, 60)).isNotNull();
        }
        assertThat(Slots.claim(store, "p:", 3, 60)).isNull();
        assertThat(store.entries).hasSize(3);
    }

    @Test
    void aReleasedSlotNeverLetsMoreThanTheLimitThrough() {
        MemoryStore store = new MemoryStore();
        String first = Slots.claim(store, "p:", 2, 60);
        String second = Slots.claim(store, "p:", 2, 60);
        Slots.release(store, first);
        String third = Slots.claim(store, "p:", 2, 60);
        assertThat(third).isIn(first, null);
        assertThat(Slots.claim(store, "p:", 2, 60)).isNull();
        assertThat(store.entries).containsKey(second).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aSlotReleasedAtTheTopIsClaimedAgain() {
        MemoryStore store = new MemoryStore();
        Slots.claim(store, "p:", 2, 60);
        String second = Slots.claim(store, "p:", 2, 60);
        Slots.release(store, second);
        assertThat(Slots.claim(store, "p:", 2, 60)).isEqualTo(second);
    }
}
