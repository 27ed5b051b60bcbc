package jp.ocn.mypage.it.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seed 003's パスワード変更のお願い for passwords older than 180 days: its two buttons, the snooze, the hard limit. */
@ExtendWith(MyPageServerExtension.class)
class PasswordAgePromptIT {

    private static final String FORM = "form#mypage-password-age-form";
    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    PasswordAgePromptIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void theDemoAccountHanakoSeesThePromptAndMayPutItOff() {
        // Other tests sign Hanako in and put the prompt off; undo that snooze first.
        fx.admin()
                .setUserAttributes(
                        fx.admin().userId("hanako.suzuki@example.jp"),
                        Map.of("mypage.passwordAge.snoozedUntil", List.of("0")));
        LoginClient client = fx.browser();
        Outcome prompt = client.login("hanako.suzuki@example.jp", LoginClient.DEMO_PASSWORD);
        assertThat(prompt.page().selectFirst(FORM)).as(prompt.body()).isNotNull();
        assertThat(client.laterForPasswordAge(prompt).signedIn()).isTrue();
    }

    @Test
    void laterContinuesAndAsksAgainOnlyAfterSevenDays() {
        String user = "age-later-" + System.nanoTime() + "@example.jp";
        String id = fx.admin().importUserWithOldPassword(user, 200);
        LoginClient client = fx.browser();
        Outcome prompt = client.login(user, AdminApi.OLD_PASSWORD);
        assertThat(prompt.page().text())
                .contains("パスワード変更のお願い")
                .contains("今すぐ変更する")
                .contains("後で変更する")
                .contains("メールソフト");
        long before = System.currentTimeMillis() / 1000;
        Outcome later = client.laterForLinkOffer(client.post(prompt.page(), FORM, Map.of("action", "later")));
        assertThat(later.signedIn()).isTrue();
        long snoozedUntil = Long.parseLong(attribute(id, "mypage.passwordAge.snoozedUntil"));
        assertThat(snoozedUntil - before).isBetween(7 * 86_400L - 5, 7 * 86_400L + 5);

        LoginClient next = fx.browser();
        Outcome quiet = next.login(user, AdminApi.OLD_PASSWORD);
        assertThat(quiet.page() == null || quiet.page().selectFirst(FORM) == null)
                .as("not asked within the 7 days")
                .isTrue();

        // Seven days later (the snooze moved back, as the clock would have moved forward): asked again.
        fx.admin().setUserAttributes(id, Map.of("mypage.passwordAge.snoozedUntil", List.of(Long.toString(before - 1))));
        assertThat(fx.browser().login(user, AdminApi.OLD_PASSWORD).page().selectFirst(FORM))
                .isNotNull();
    }

    @Test
    void changeNowLeadsToThePasswordChangeAndThePromptIsGoneAfterwards() {
        String user = "age-now-" + System.nanoTime() + "@example.jp";
        fx.admin().importUserWithOldPassword(user, 181);
        LoginClient client = fx.browser();
        Outcome prompt = client.login(user, AdminApi.OLD_PASSWORD);
        Outcome change = client.post(prompt.page(), FORM, Map.of("action", "now"));
        assertThat(change.page().selectFirst("form#kc-passwd-update-form"))
                .as(change.body())
                .isNotNull();
        Outcome done = client.post(
                change.page(),
                "form#kc-passwd-update-form",
                Map.of("password-new", "Fresh-Pass-2026#", "password-confirm", "Fresh-Pass-2026#"));
        assertThat(client.laterForLinkOffer(done).signedIn()).isTrue();
        Outcome next = fx.browser().login(user, "Fresh-Pass-2026#");
        assertThat(next.page() == null || next.page().selectFirst(FORM) == null)
                .as("a new password: no prompt")
                .isTrue();
    }

    @Test
    void aFreshPasswordIsNeverPromptedAndTheHardLimitForcesTheChange() {
        String young = "age-young-" + System.nanoTime() + "@example.jp";
        fx.admin().importUserWithOldPassword(young, 30);
        Outcome fresh = fx.browser().login(young, AdminApi.OLD_PASSWORD);
        assertThat(fresh.page() == null || fresh.page().selectFirst(FORM) == null)
                .isTrue();

        realm.set("mypage.passwordAge.hardLimitDays", "365");
        String old = "age-hard-" + System.nanoTime() + "@example.jp";
        fx.admin().importUserWithOldPassword(old, 400);
        Outcome forced = fx.browser().login(old, AdminApi.OLD_PASSWORD);
        assertThat(forced.page().selectFirst("form#kc-passwd-update-form"))
                .as("no 後で: straight to the change " + forced.body())
                .isNotNull();
        assertThat(forced.page().selectFirst(FORM)).isNull();
    }

    private String attribute(String userId, String name) {
        JsonNode user = fx.admin().get("/users/" + userId);
        return user.path("attributes").path(name).path(0).asText();
    }
}
