package jp.ocn.mypage.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The password-reset mail route as a customer walks it, and the link the mail brings. */
public final class ResetMails {

    private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+action-token\\S+");

    private ResetMails() {}

    /**
     * From the login page: forgot password, route "mail", the username; returns the reset link of the newest mail
     * that has one (another mail, e.g. the lockout notice, may arrive in between).
     */
    public static String request(LoginClient client, MailCatcher mail, String username) {
        int before = mail.to(username).size();
        LoginClient.Outcome chooser = client.open(
                client.openLoginPage().selectFirst("a#mypage-forgot-password").absUrl("href"));
        LoginClient.Outcome choose = client.post(chooser.page(), "form#mypage-recovery-route", Map.of("route", "mail"));
        LoginClient.Outcome sent = client.post(choose.page(), "form", Map.of("username", username));
        assertThat(sent.status()).isEqualTo(200);
        List<MailCatcher.Mail> mails = mail.to(username);
        assertThat(mails).as("a reset mail").hasSizeGreaterThan(before);
        for (int i = mails.size() - 1; i >= before; i--) {
            Matcher m = RESET_LINK.matcher(mails.get(i).body());
            if (m.find()) {
                return m.group().replace("&amp;", "&");
            }
        }
        throw new AssertionError("no reset link in the mails to " + username);
    }

    /** The action-token link (reset, confirmation ...) in a mail's body. */
    public static String actionLink(String body) {
        Matcher m = RESET_LINK.matcher(body);
        assertThat(m.find()).as("an action-token link in: " + body).isTrue();
        return m.group().replace("&amp;", "&");
    }
}
