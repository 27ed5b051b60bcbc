package jp.ocn.mypage.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final Path EMAIL_THEME =
            Path.of("..", "themes", "src", "main", "resources", "theme", "mypage", "email");

    @Test
    void namesFollowOneSchemeFromWhatTheNoticeIs() {
        assertThat(Notice.CUSTOMER_LINK_TRIED.template()).isEqualTo("mypage-customer-link-tried.ftl");
        assertThat(Notice.CUSTOMER_LINK_TRIED.subjectKey()).isEqualTo("mypageCustomerLinkTriedSubject");
        assertThat(Notice.LOCKED.subjectKey()).isEqualTo("mypageLockedSubject");
    }

    @Test
    void everyNoticeHasBothTemplatesTheKeycloakLayoutAndASubjectInBothLanguages() throws IOException {
        Properties ja = messages("ja");
        Properties en = messages("en");
        for (Notice notice : Notice.values()) {
            Path html = EMAIL_THEME.resolve("html").resolve(notice.template());
            assertThat(html).exists();
            assertThat(Files.readString(html)).as(notice.template()).contains("<@layout.emailLayout>");
            assertThat(EMAIL_THEME.resolve("text").resolve(notice.template())).exists();
            assertThat(ja.getProperty(notice.subjectKey()))
                    .as(notice.subjectKey())
                    .isNotBlank();
            assertThat(en.getProperty(notice.subjectKey()))
                    .as(notice.subjectKey())
                    .isNotBlank();
        }
    }

    private static Properties messages(String language) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(
                EMAIL_THEME.resolve("messages").resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
