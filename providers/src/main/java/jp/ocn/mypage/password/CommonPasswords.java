package jp.ocn.mypage.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The blocklist: zxcvbn's 30,000 most common passwords (resource {@code mypage/password/common-passwords.txt},
 * MIT). A password is common when it is on the list case-insensitively, whole or with its trailing digits and
 * symbols stripped ({@code Password1234!} → {@code password}): under a 12-character minimum the whole-password
 * check alone would catch almost nothing.
 */
final class CommonPasswords {

    static final String RESOURCE = "mypage/password/common-passwords.txt";
    private static final Set<String> LIST = load();

    private CommonPasswords() {}

    static int size() {
        return LIST.size();
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String stripped = lower.replaceAll("[^\\p{L}]+$", "");
        return LIST.contains(lower) || (!stripped.isEmpty() && LIST.contains(stripped));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " in the providers jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
