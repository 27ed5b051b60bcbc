package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDirectoryLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void daysAgoPlaceholderBecomesTheDateThatManyDaysBeforeToday() {
        assertThat(DemoDirectoryLoader.resolveDates("{{daysAgo:30}}", TODAY)).isEqualTo("2026-10-23");
    }

    @Test
    void zeroDaysAgoIsToday() {
        assertThat(DemoDirectoryLoader.resolveDates("{{daysAgo:0}}", TODAY)).isEqualTo("2026-11-22");
    }

    @Test
    void placeholdersCrossMonthYearAndLeapDayBoundaries() {
        assertThat(DemoDirectoryLoader.resolveDates("{{daysAgo:365}}", TODAY)).isEqualTo("2025-11-22");
        assertThat(DemoDirectoryLoader.resolveDates("{{daysAgo:1}}", LocalDate.of(2028, 3, 1)))
                .isEqualTo("2028-02-29");
    }

    @Test
    void everyPlaceholderInTheTextIsReplaced() {
        String json = "{\"contracts\":[{\"status\":\"cancelled\",\"statusChangedOn\":\"{{daysAgo:30}}\"},"
                + "{\"status\":\"cancelled\",\"statusChangedOn\":\"{{daysAgo:120}}\"},"
                + "{\"status\":\"active\",\"statusChangedOn\":\"{{daysAgo:30}}\"}]}";
        assertThat(DemoDirectoryLoader.resolveDates(json, TODAY))
                .isEqualTo("{\"contracts\":[{\"status\":\"cancelled\",\"statusChangedOn\":\"2026-10-23\"},"
                        + "{\"status\":\"cancelled\",\"statusChangedOn\":\"2026-07-25\"},"
                        + "{\"status\":\"active\",\"statusChangedOn\":\"2026-10-23\"}]}");
    }

    @Test
    void adjacentPlaceholdersAreEachReplaced() {
        assertThat(DemoDirectoryLoader.resolveDates("{{daysAgo:1}}{{daysAgo:2}}", TODAY))
                .isEqualTo("2026-11-212026-11-20");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{\"birthDate\":\"1980-01-15\"}",
                "no placeholders here: $1 \\ {{ }}",
                "{{daysAgo:}}",
                "{{daysAgo:-5}}",
                "{{daysAgo:123456}}",
                "{{daysago:30}}",
                "{daysAgo:30}",
                "{{ daysAgo:30 }}"
            })
    void textWithoutAValidPlaceholderIsLeftUnchanged(String text) {
        assertThat(DemoDirectoryLoader.resolveDates(text, TODAY)).isEqualTo(text);
    }

    @Test
    void dollarSignsAndBackslashesAroundAPlaceholderAreKeptAsTheyAre() {
        assertThat(DemoDirectoryLoader.resolveDates("$1 \\n {{daysAgo:30}} $0", TODAY))
                .isEqualTo("$1 \\n 2026-10-23 $0");
    }
}
