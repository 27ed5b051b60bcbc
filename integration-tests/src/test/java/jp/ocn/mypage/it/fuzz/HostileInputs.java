package jp.ocn.mypage.it.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile strings for fuzz tests: injection payloads for SQL, FreeMarker, HTML and message formats,
 * Unicode oddities, control characters and very long text, plus seeded random mixes of them. IDs in them
 * belong to nobody: a fuzz run must never lock a demo account that other tests sign in with.
 */
final class HostileInputs {

    static final List<String> SEEDS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE mypage_customer; --",
            "\" OR 1=1 --",
            "N999999999' --",
            "admin'/*",
            "${7*7}",
            "#{7*7}",
            "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
            "${\"\"?api}",
            "${.data_model}",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{0}{1}{2}",
            "'{'0'}'",
            "%s%s%s%n",
            "%x%x",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "\u0000",
            "\u0000fuzz.nobody@ocn.ne.jp",
            "fuzz.nobody@ocn.ne.jp\u0000",
            "\r\nSet-Cookie: x=1",
            "\t\n\u000B\f\r",
            "\u202Eexe.txt",
            "\u200B\u200C\u200D\uFEFF",
            "ｎ９９９−９９９−９９９\u0000",
            "N１２３４５６７８９０１２",
            "🙂🙂🙂@ocn.ne.jp",
            "a\u0301\u0301\u0301\u0301",
            "\uD83D",
            "\uDC00abc",
            "\uFFFF\uFFFE",
            "𠮷野家@ocn.ne.jp",
            "Ω≈ç√∫",
            "null",
            "undefined",
            "NaN",
            "-1",
            "0",
            "[]",
            "{}",
            "true",
            "@",
            "@@",
            "a@b",
            "a@b.",
            ".@ocn.ne.jp",
            "x".repeat(10_240),
            "あ".repeat(10_240),
            "N".repeat(5_000) + "1",
            "@".repeat(3_000),
            "\u3000".repeat(2_000),
            "fuzz.nobody@ocn.ne.jp" + " ".repeat(5_000),
            "<!--",
            "]]>",
            "<?xml version=\"1.0\"?>",
            "\\u0000",
            "%00",
            "%27%20OR%201=1",
            "&#x3C;script&#x3E;",
            "=cmd|' /C calc'!A0",
            "\u0085\u2028\u2029",
            "\uFF1C\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54\uFF1E");

    private HostileInputs() {}

    /** At least {@code count} inputs: every seed, then seeded random splices of seeds and random code points. */
    static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(SEEDS);
        while (out.size() < count) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                if (random.nextBoolean()) {
                    String piece = SEEDS.get(random.nextInt(SEEDS.size()));
                    s.append(piece, 0, Math.min(piece.length(), 200));
                } else {
                    for (int j = random.nextInt(20); j >= 0; j--) {
                        s.appendCodePoint(randomCodePoint(random));
                    }
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(0x20); // control characters
            case 1 -> 0x20 + random.nextInt(0x5F); // printable ASCII
            case 2 -> 0x3000 + random.nextInt(0x100); // CJK punctuation, kana
            case 3 -> 0xFF00 + random.nextInt(0xEF); // full-width forms
            default -> 0x1F300 + random.nextInt(0x300); // emoji, outside the BMP
        };
    }
}
