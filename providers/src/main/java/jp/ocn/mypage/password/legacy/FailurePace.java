package jp.ocn.mypage.password.legacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;

/**
 * How long a refused password check lasts, so that its time tells nothing about the account: an unknown ID (Keycloak
 * hashes a dummy with the realm's algorithm, Argon2id), a migrated account (Argon2id) and an account still on a
 * legacy hash (bcrypt at cost 10 costs about twice Argon2id's default here) all answer after the slower of the two.
 *
 * <p>Two timings per node, each the median of its last {@link #SAMPLES}, re-measured at most every
 * {@link #REMEASURE_NANOS} inside a refused attempt (so they follow the node's load): the realm's hash on a dummy
 * password, and bcrypt at the reference cost (SPI option {@code pace-cost} of {@code bcrypt}, default 10; 0 switches
 * it off; only while the realm still holds legacy hashes; plus 50 % headroom: one check runs slower than the median on a busy node). A refused check waits (sleeps, no CPU) until the larger has
 * passed since it began. A legacy hash costlier
 * than the reference (cost 11 and up) is not hidden; {@code max-cost} bounds it, and a migration whose hashes mostly
 * have another cost sets {@code pace-cost} to it.
 */
public final class FailurePace {

    private static final long REMEASURE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int SAMPLES = 5;
    private static final String DUMMY = "mypage-refused-check-dummy-password";
    private static final Map<String, Samples> TIMINGS = new ConcurrentHashMap<>();
    private static final Map<Integer, String> REFERENCE_HASHES = new ConcurrentHashMap<>();

    private FailurePace() {}

    /** Waits until a refused password check begun at {@code startNanos} has lasted as long as any other would. */
    public static void padFrom(long startNanos, KeycloakSession session, RealmModel realm) {
        // Headroom over the bcrypt median, so a real check a little slower than the median still ends before the
        // target.
        long legacy = LegacyHashCounts.anyLeft(session, realm) ? legacyReference(session) * 150 / 100 : 0;
        long target = Math.max(realmHash(session, realm), legacy);
        long remaining = target - (System.nanoTime() - startNanos);
        if (remaining > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long realmHash(KeycloakSession session, RealmModel realm) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        String algorithm = policy == null ? null : policy.getHashAlgorithm();
        PasswordHashProvider hash = algorithm == null
                ? session.getProvider(PasswordHashProvider.class)
                : session.getProvider(PasswordHashProvider.class, algorithm);
        if (hash == null) {
            return 0;
        }
        int iterations = policy == null ? -1 : policy.getHashIterations();
        return timing("realm/" + realm.getId() + "/" + algorithm, () -> {
            long t0 = System.nanoTime();
            hash.encodedCredential(DUMMY, iterations);
            return System.nanoTime() - t0;
        });
    }

    private static long legacyReference(KeycloakSession session) {
        Object factory = session.getKeycloakSessionFactory().getProviderFactory(PasswordHashProvider.class, "bcrypt");
        int cost = factory instanceof BcryptPasswordHashProviderFactory bcrypt ? bcrypt.paceCost() : 0;
        if (cost < 4) {
            return 0;
        }
        return timing("bcrypt/" + cost, () -> {
            String reference = REFERENCE_HASHES.computeIfAbsent(
                    cost, c -> OpenBSDBCrypt.generate("2b", DUMMY.toCharArray(), new byte[16], c));
            long t0 = System.nanoTime();
            OpenBSDBCrypt.checkPassword(reference, "wrong".getBytes(StandardCharsets.UTF_8));
            return System.nanoTime() - t0;
        });
    }

    private static long timing(String key, LongSupplier measure) {
        Samples samples = TIMINGS.computeIfAbsent(key, k -> new Samples());
        if (samples.claimMeasurement()) {
            samples.add(measure.getAsLong());
        }
        return samples.median();
    }

    private static final class Samples {
        private final long[] nanos = new long[SAMPLES];
        private int count;
        private int next;
        private long lastClaim;
        private boolean claimed;

        synchronized boolean claimMeasurement() {
            long now = System.nanoTime();
            if (claimed && now - lastClaim < REMEASURE_NANOS) {
                return false;
            }
            claimed = true;
            lastClaim = now;
            return true;
        }

        synchronized void add(long sample) {
            nanos[next] = sample;
            next = (next + 1) % SAMPLES;
            count = Math.min(count + 1, SAMPLES);
        }

        synchronized long median() {
            if (count == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[count / 2];
        }
    }
}
