package jp.ocn.mypage.it.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages say the same things, and the template asks only for words that exist. */
class ThemeMessagesTest {

    private static final Path LOGIN = Path.of("..", "themes", "src", "main", "resources", "theme", "mypage", "login");
    private static final Path EMAIL = LOGIN.resolveSibling("email");
    /** Keys the template borrows from Keycloak's own base messages (which have ja and en). */
    private static final Set<String> FROM_KEYCLOAK = Set.of(
            "password",
            "rememberMe",
            "noAccount",
            "doRegister",
            "doCancel",
            // error.ftl keeps the base theme's words (title, trace ID, back link)
            "errorTitle",
            "traceIdSupportMessage",
            "backToApplication");

    private static Properties bundle(String language) throws IOException {
        return bundle(LOGIN, language);
    }

    private static Properties bundle(Path theme, String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(
                theme.resolve("messages/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("ja").stringPropertyNames());
    }

    @Test
    void everyMessageTheLoginTemplatesUseIsDefined() throws IOException {
        assertThat(usedKeysAreDefined(LOGIN, bundle("ja").stringPropertyNames()))
                .isGreaterThan(10);
    }

    @Test
    void theMailsHaveBothLanguagesAndEveryWordTheirTemplatesUse() throws IOException {
        assertThat(bundle(EMAIL, "en").stringPropertyNames())
                .isEqualTo(bundle(EMAIL, "ja").stringPropertyNames());
        assertThat(usedKeysAreDefined(EMAIL, bundle(EMAIL, "ja").stringPropertyNames()))
                .isPositive();
    }

    /** Checks every msg("…") and button label of every template under the theme folder; returns how many were checked. */
    private static int usedKeysAreDefined(Path theme, Set<String> defined) throws IOException {
        Pattern key = Pattern.compile("(?:msg\\(\"|label=\")([A-Za-z0-9_.]+)\"");
        int used = 0;
        try (var templates = Files.walk(theme)) {
            for (Path template :
                    templates.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                Matcher m = key.matcher(Files.readString(template));
                while (m.find()) {
                    used++;
                    assertThat(defined.contains(m.group(1)) || FROM_KEYCLOAK.contains(m.group(1)))
                            .as(template + ": " + m.group(1))
                            .isTrue();
                }
            }
        }
        return used;
    }

    @Test
    void theGuidanceTheLoginFormSendsIsWordedInBothLanguages() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            assertThat(bundle(language).stringPropertyNames())
                    .as(language)
                    .contains(
                            "mypageConnectionIdNotLoginId",
                            "mypageCustomerNumberShape",
                            "mypageLoginIdKinds",
                            "mypageLoginIdTooLong",
                            "mypageWithdrawn",
                            "mypageCancelledExpired");
        }
        assertThat(bundle("ja").getProperty("mypageForgotId")).isEqualTo("IDをお忘れの方");
        assertThat(bundle("ja").getProperty("mypageForgotPassword")).isEqualTo("パスワードをお忘れの方");
    }
}
