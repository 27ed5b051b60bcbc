package jp.ocn.mypage.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BruteForceRulesTest {

    /** The realm's settings: MULTIPLE, 5 failures, 60 s steps up to 15 min, permanent after 95 temporary lockouts. */
    private static final BruteForceRules REALM = new BruteForceRules(true, 5, 60, 900, 1000, 60, true, 95, 43200);

    private static final long NOW = 1_800_000_000_000L;
    private static final long SPACED = NOW - 3_600_000L;

    @Test
    void fourSpacedFailuresDoNotLock() {
        assertThat(REALM.afterFailure(4, NOW, SPACED)).isEqualTo(BruteForceRules.Lock.NONE);
    }

    @Test
    void theFifthFailureLocksForOneMinute() {
        assertThat(REALM.afterFailure(5, NOW, SPACED)).isEqualTo(new BruteForceRules.Lock(NOW / 1000 + 60, false));
    }

    @Test
    void twoFailuresWithinASecondLockForTheQuickLoginWait() {
        assertThat(REALM.afterFailure(2, NOW, NOW - 300)).isEqualTo(new BruteForceRules.Lock(NOW / 1000 + 60, false));
    }

    @Test
    void waitsGrowToFifteenMinutesAtMost() {
        assertThat(REALM.afterFailure(10, NOW, SPACED).untilEpochSecond()).isEqualTo(NOW / 1000 + 120);
        assertThat(REALM.afterFailure(99, NOW, SPACED)).isEqualTo(new BruteForceRules.Lock(NOW / 1000 + 900, false));
    }

    @Test
    void nothingIsPermanentBeforeTheHundredthConsecutiveFailure() {
        for (int n = 1; n < 100; n++) {
            assertThat(REALM.afterFailure(n, NOW, SPACED).permanent())
                    .as("failure %s", n)
                    .isFalse();
        }
        assertThat(REALM.afterFailure(100, NOW, SPACED).permanent()).isTrue();
    }

    @Test
    void aLockIsActiveUntilItsEndOrForeverWhenPermanent() {
        assertThat(new BruteForceRules.Lock(NOW / 1000 + 1, false).activeAt(NOW))
                .isTrue();
        assertThat(new BruteForceRules.Lock(NOW / 1000, false).activeAt(NOW)).isFalse();
        assertThat(new BruteForceRules.Lock(0, true).activeAt(NOW)).isTrue();
    }
}
