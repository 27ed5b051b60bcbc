package jp.ocn.mypage.it.harness;

import java.util.Map;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.testsupport.TwilioStub;

/** The cannot-log-in pages as a user walks them: the login page's links, the customer-number form, the code. */
public final class RecoverySteps {

    public static final String ROUTE = "form#mypage-recovery-route";
    public static final String NUMBER = "form#mypage-recovery-number";
    public static final String CODE = "form#mypage-recovery-code";
    public static final String RESULT = "form#mypage-recovery-result";

    private RecoverySteps() {}

    /** Follows the login page's IDをお忘れの方 link: the customer-number form. */
    public static Outcome forgotId(LoginClient client) {
        return client.open(
                client.openLoginPage().selectFirst("a#mypage-forgot-id").absUrl("href"));
    }

    /** Follows the login page's パスワードをお忘れの方 link: the choice between mail and customer number. */
    public static Outcome forgotPassword(LoginClient client) {
        return client.open(
                client.openLoginPage().selectFirst("a#mypage-forgot-password").absUrl("href"));
    }

    /** Submits the customer-number form with the number and birth date as typed. */
    public static Outcome number(LoginClient client, Outcome page, String customerNumber, String birthDate) {
        return client.post(page.page(), NUMBER, Map.of("customerNumber", customerNumber, "birthDate", birthDate));
    }

    /** IDをお忘れの方, then the customer-number form: the code page on a match (and on a non-match alike). */
    public static Outcome forgotIdWith(LoginClient client, String customerNumber, String birthDate) {
        return number(client, forgotId(client), customerNumber, birthDate);
    }

    /** Enters a code on the recovery code page. */
    public static Outcome enter(LoginClient client, Outcome page, String code) {
        return client.post(page.page(), CODE, Map.of("code", code, "action", "verify"));
    }

    /** Enters the code last sent to that phone on the recovery code page. */
    public static Outcome enterCodeSentTo(LoginClient client, Outcome page, TwilioStub twilio, String e164) {
        return enter(client, page, CodeSteps.lastCode(twilio, e164));
    }

    /** The code page as a guesser compares it: without the values that differ from request to request. */
    public static String withoutRequestValues(Outcome outcome) {
        return outcome.page().selectFirst(CODE).outerHtml().replaceAll("(value|action)=\"[^\"]*\"", "");
    }
}
