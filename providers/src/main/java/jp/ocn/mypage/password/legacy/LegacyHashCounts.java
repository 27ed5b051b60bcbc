package jp.ocn.mypage.password.legacy;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Which accounts of a realm still hold a legacy hash, read from Keycloak's credential table. credentialData is stored
 * as imported, so both JSON spellings of the algorithm field ({@code "algorithm":"bcrypt"}, with or without a space)
 * are matched.
 */
final class LegacyHashCounts {

    static final List<String> ALGORITHMS = List.of(BcryptFormat.ALGORITHM, ScryptFormat.ALGORITHM);
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Map<String, long[]> ANY_LEFT = new ConcurrentHashMap<>();
    private static final String WHERE = " from CredentialEntity c where c.user.realmId = :realm and c.type = 'password'"
            + " and (c.credentialData like :tight or c.credentialData like :spaced)";

    private LegacyHashCounts() {}

    static Map<String, Long> byAlgorithm(KeycloakSession session, RealmModel realm) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String algorithm : ALGORITHMS) {
            counts.put(
                    algorithm,
                    bind(em.createQuery("select count(c)" + WHERE, Long.class), realm, algorithm)
                            .getSingleResult());
        }
        return counts;
    }

    /** Whether any account of the realm still holds a legacy hash (cached a minute per node; a legacy check says yes). */
    static boolean anyLeft(KeycloakSession session, RealmModel realm) {
        long[] cached = ANY_LEFT.get(realm.getId());
        long now = System.nanoTime();
        if (cached != null && now - cached[0] < RECHECK_NANOS) {
            return cached[1] == 1;
        }
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        boolean any = false;
        for (String algorithm : ALGORITHMS) {
            any = any
                    || !bind(em.createQuery("select c.id" + WHERE, String.class), realm, algorithm)
                            .setMaxResults(1)
                            .getResultList()
                            .isEmpty();
        }
        ANY_LEFT.put(realm.getId(), new long[] {now, any ? 1 : 0});
        return any;
    }

    /** A legacy hash was just checked in this realm: there is at least one left. */
    static void seen(RealmModel realm) {
        if (realm != null) {
            ANY_LEFT.put(realm.getId(), new long[] {System.nanoTime(), 1});
        }
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(
            jakarta.persistence.TypedQuery<T> query, RealmModel realm, String algorithm) {
        return query.setParameter("realm", realm.getId())
                .setParameter("tight", "%\"algorithm\":\"" + algorithm + "\"%")
                .setParameter("spaced", "%\"algorithm\": \"" + algorithm + "\"%");
    }
}
