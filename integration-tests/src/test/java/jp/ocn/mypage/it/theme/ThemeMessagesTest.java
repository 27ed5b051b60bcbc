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
    /** Keys the template borrows from Keycloak's own base messages (which have ja and en). */
    private static final Set<String> FROM_KEYCLOAK = Set.of("password", "rememberMe", "noAccount", "doRegister");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(LOGIN.resolve("messages/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("ja").stringPropertyNames());
    }

    @Test
    void everyMessageTheLoginTemplateUsesIsDefined() throws IOException {
        Set<String> defined = bundle("ja").stringPropertyNames();
        Matcher m = Pattern.compile("msg\\(\"([A-Za-z0-9_.]+)\"\\)").matcher(Files.readString(LOGIN.resolve("login.ftl")));
        int used = 0;
        while (m.find()) {
            used++;
            assertThat(defined.contains(m.group(1)) || FROM_KEYCLOAK.contains(m.group(1))).as(m.group(1)).isTrue();
        }
        assertThat(used).isPositive();
    }

    @Test
    void theGuidanceTheLoginFormSendsIsWordedInBothLanguages() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            assertThat(bundle(language).stringPropertyNames()).as(language).contains("mypageConnectionIdNotLoginId",
                    "mypageCustomerNumberShape", "mypageLoginIdKinds", "mypageLoginIdTooLong", "mypageWithdrawn",
                    "mypageCancelledExpired");
        }
        assertThat(bundle("ja").getProperty("mypageForgotId")).isEqualTo("IDをお忘れの方");
        assertThat(bundle("ja").getProperty("mypageForgotPassword")).isEqualTo("パスワードをお忘れの方");
    }
}
