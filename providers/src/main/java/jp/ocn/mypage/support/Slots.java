package jp.ocn.mypage.support;

import org.keycloak.models.SingleUseObjectProvider;

/**
 * N numbered slots in Keycloak's single-use object store ({@code prefix0 .. prefix(N-1)}), claimed one at a time
 * with the store's atomic putIfAbsent: however many requests race, each slot goes to exactly one of them, so a
 * limit of N lets at most N through. Slots are taken from 0 upwards and stay taken until they expire, so the taken
 * ones form a prefix: a binary search with {@code contains} finds its end in O(log N) reads, and a lost race only
 * moves the claimant on to search above the slot it lost. A released slot below the end may stay unused until the
 * window ends, which only makes the limit stricter.
 */
public final class Slots {

    private Slots() {}

    /** Claims a free slot; returns its key, or null when all N are taken. */
    public static String claim(SingleUseObjectProvider store, String prefix, int limit, long lifespanSeconds) {
        int low = 0;
        while (low < limit) {
            int free = firstFree(store, prefix, low, limit);
            if (free >= limit) {
                return null;
            }
            String key = prefix + free;
            if (store.putIfAbsent(key, lifespanSeconds)) {
                return key;
            }
            low = free + 1;
        }
        return null;
    }

    /** Gives a claimed slot back (the attempt it stood for turned out not to count). */
    public static void release(SingleUseObjectProvider store, String key) {
        if (key != null) {
            store.remove(key);
        }
    }

    private static int firstFree(SingleUseObjectProvider store, String prefix, int low, int high) {
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (store.contains(prefix + mid)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
