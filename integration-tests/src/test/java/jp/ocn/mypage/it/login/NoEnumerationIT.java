package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody can probe which login IDs exist: an unknown well-formed ID and a wrong password give the same
 * page, status and message, and take about as long (Keycloak hashes a dummy password for unknown IDs).
 */
@ExtendWith(MyPageServerExtension.class)
class NoEnumerationIT {

    private static final int ROUNDS = 8;
    private final Fixtures fx;

    NoEnumerationIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void unknownIdAndWrongPasswordLookTheSame() {
        String known = "enum-same-" + System.nanoTime() + "@ocn.ne.jp";
        fx.admin().createUser(known, "Correct-Horse-2026");
        LoginClient.Outcome wrongPassword = fx.browser().login(known, "Wrong-Password-1");
        LoginClient.Outcome unknownId =
                fx.browser().login("nobody-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1");
        LoginClient.Outcome unknownNumber = fx.browser().login("N999999999", "Wrong-Password-1");

        for (LoginClient.Outcome o : List.of(unknownId, unknownNumber)) {
            assertThat(o.status()).isEqualTo(wrongPassword.status());
            assertThat(o.error()).isEqualTo(wrongPassword.error()).contains("正しくありません");
            assertThat(o.page().title()).isEqualTo(wrongPassword.page().title());
            assertThat(fieldsWithErrors(o)).isEqualTo(fieldsWithErrors(wrongPassword));
        }
    }

    @Test
    void unknownIdAndWrongPasswordTakeAboutTheSameTime() {
        // Each known account fails once only, so brute-force protection never locks it during the measurement.
        List<String> known = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String username = "enum-time-" + i + "-" + System.nanoTime() + "@ocn.ne.jp";
            fx.admin().createUser(username, "Correct-Horse-2026");
            known.add(username);
        }
        // Warm up both paths so the JIT and caches treat them alike.
        fx.browser().login("warm-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1");
        List<Long> wrongPassword = new ArrayList<>();
        List<Long> unknownId = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            wrongPassword.add(
                    fx.browser().login(known.get(i), "Wrong-Password-1").millis());
            unknownId.add(fx.browser()
                    .login("nobody-" + i + "-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-1")
                    .millis());
        }
        double ratio = (double) median(unknownId) / Math.max(1, median(wrongPassword));
        assertThat(ratio)
                .as("unknown-ID time / wrong-password time (medians %s vs %s)", unknownId, wrongPassword)
                .isBetween(0.5, 2.0);
    }

    private static List<String> fieldsWithErrors(LoginClient.Outcome o) {
        return o.page().select("[aria-invalid=true]").stream().map(Element::id).toList();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
