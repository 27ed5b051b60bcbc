package jp.ocn.mypage.it.systemerror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An unexpected error shows the mypage error page with a reference code support finds in the log and the events. */
@ExtendWith(MyPageServerExtension.class)
class SystemErrorPageIT {

    private static final Pattern REFERENCE = Pattern.compile("E-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private final Fixtures fx;

    SystemErrorPageIT(Fixtures fx) {
        this.fx = fx;
    }

    private HttpResponse<String> inducedFault(String accept, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fx.server().realmUrl() + "/mypage-test-fault"))
                                .header("Accept", accept)
                                .header("Accept-Language", language)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anInducedInternalErrorShowsAReferenceCodeThatIsInTheLogAndTheEvents() throws Exception {
        HttpResponse<String> answer = inducedFault("text/html", "ja");

        assertThat(answer.statusCode()).isEqualTo(500);
        Document page = Jsoup.parse(answer.body());
        String reference = page.select("#mypage-reference").text();
        assertThat(reference).matches(REFERENCE.pattern());
        assertThat(page.select("#mypage-system-error").text())
                .contains("お問い合わせ番号")
                .contains("もう一度お試しください")
                .contains("メンテナンス")
                .contains("OCNインフォメーションデスク");
        assertThat(page.select("link[href*=mypage.css]")).as("the mypage theme").isNotEmpty();

        LockoutSteps.await("the reference in the server log", 5000, () -> fx.server()
                .logTail()
                .contains(reference));
        LockoutSteps.await("the event with the reference", 5000, () -> eventWith(reference) != null);
        assertThat(eventWith(reference).get("error").asText()).isEqualTo("mypage_system_error");
    }

    @Test
    void theErrorPageNeverShowsTheExceptionOrAStackTrace() throws Exception {
        String body = inducedFault("text/html", "ja").body();

        assertThat(body)
                .doesNotContain("secret-detail-that-must-not-leak")
                .doesNotContain("IllegalStateException")
                .doesNotContain("jp.ocn.mypage")
                .doesNotContain("\tat ");
    }

    @Test
    void theEnglishPageGivesTheSameAdvice() throws Exception {
        Document page = Jsoup.parse(inducedFault("text/html", "en").body());

        Matcher m = REFERENCE.matcher(page.select("#mypage-system-error").text());
        assertThat(m.find()).isTrue();
        assertThat(page.select("#mypage-system-error").text()).contains("try again");
    }

    @Test
    void eachErrorGetsItsOwnReference() throws Exception {
        String first = Jsoup.parse(inducedFault("text/html", "ja").body())
                .select("#mypage-reference")
                .text();
        String second = Jsoup.parse(inducedFault("text/html", "ja").body())
                .select("#mypage-reference")
                .text();

        assertThat(first).isNotEqualTo(second);
    }

    private JsonNode eventWith(String reference) {
        for (JsonNode e : fx.admin().events("LOGIN_ERROR")) {
            if (reference.equals(e.path("details").path("mypage_reference").asText())) {
                return e;
            }
        }
        return null;
    }
}
