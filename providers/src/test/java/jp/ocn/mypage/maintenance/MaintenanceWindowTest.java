package jp.ocn.mypage.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    private static final Instant START = Instant.parse("2026-12-19T16:00:00Z"); // 2026-12-20 01:00 JST
    private static final Instant END = Instant.parse("2026-12-19T20:30:00Z"); // 05:30 JST

    private static MaintenanceWindow window(List<String> clients) {
        return new MaintenanceWindow("w", START, END, "工事", "Works", clients);
    }

    @Test
    void refusesFromTheStartUntilJustBeforeTheEnd() {
        MaintenanceWindow w = window(null);
        assertThat(w.refusesAt(START.minusSeconds(1), "any")).isFalse();
        assertThat(w.refusesAt(START, "any")).isTrue();
        assertThat(w.refusesAt(END.minusSeconds(1), "any")).isTrue();
        assertThat(w.refusesAt(END, "any")).isFalse();
    }

    @Test
    void aWindowForSomeClientsLeavesTheOthersAlone() {
        MaintenanceWindow w = window(List.of("mypage-portal"));
        assertThat(w.refusesAt(START, "mypage-portal")).isTrue();
        assertThat(w.refusesAt(START, "mypage-call-details")).isFalse();
    }

    @Test
    void windowsSharingOnlyABoundaryDoNotOverlap() {
        MaintenanceWindow w = window(null);
        assertThat(w.overlaps(new MaintenanceWindow("x", END, END.plusSeconds(60), "", "", null)))
                .isFalse();
        assertThat(w.overlaps(new MaintenanceWindow("x", END.minusSeconds(1), END.plusSeconds(60), "", "", null)))
                .isTrue();
    }

    @Test
    void timesAreShownInJapanTime() {
        assertThat(MaintenanceWindow.jstTime(END)).isEqualTo("05:30");
        assertThat(MaintenanceWindow.jstDate(START)).isEqualTo("12/20");
    }

    @Test
    void anAnnouncementIsForAWindowStartingWithinTheNoticePeriod() {
        MaintenanceWindow w = window(null);
        assertThat(w.startsBetween(START.minusSeconds(3600), START, "c")).isTrue();
        assertThat(w.startsBetween(START.minusSeconds(7200), START.minusSeconds(3600), "c"))
                .isFalse();
    }

    @Test
    void aTimeWithoutOffsetIsRefusedNamingTheField() {
        assertThatThrownBy(() -> MaintenanceWindow.instant("2026-12-20T01:00", "start"))
                .hasMessageContaining("start")
                .hasMessageContaining("offset");
        assertThat(MaintenanceWindow.instant("2026-12-20T01:00:00+09:00", "start"))
                .isEqualTo(START);
    }

    @Test
    void theEnglishMessageIsUsedOnlyWhenGiven() {
        assertThat(window(null).message(true)).isEqualTo("Works");
        assertThat(new MaintenanceWindow("w", START, END, "工事", "", null).message(true))
                .isEqualTo("工事");
    }
}
