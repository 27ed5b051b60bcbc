package jp.ocn.mypage.it.harness;

import java.util.Map;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;

/** The customer-number linking pages as a user walks them: the offer after sign-in and the proof form. */
public final class LinkingSteps {

    public static final String OFFER = "form#mypage-link-offer";
    public static final String PROOF = "form#mypage-link-proof";

    private LinkingSteps() {}

    /** Signs in with the test password and accepts the offer to link: the proof page. */
    public static Outcome signInAndStart(LoginClient client, String username) {
        return client.post(client.login(username, CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));
    }

    /** The proof form's fields: number, birth date and the second fact ("postalCode" or "kana"). */
    public static Map<String, String> proof(
            String customerNumber, String birthDate, String factName, String factValue) {
        return Map.of("customerNumber", customerNumber, "birthDate", birthDate, factName, factValue, "action", "next");
    }

    /** Submits the proof form with the postal code as the second fact. */
    public static Outcome proveWithPostalCode(
            LoginClient client, Outcome page, String customerNumber, String birthDate, String postalCode) {
        return client.post(page.page(), PROOF, proof(customerNumber, birthDate, "postalCode", postalCode));
    }

    /** Submits the proof form with the kana name as the second fact. */
    public static Outcome proveWithKana(
            LoginClient client, Outcome page, String customerNumber, String birthDate, String kana) {
        return client.post(page.page(), PROOF, proof(customerNumber, birthDate, "kana", kana));
    }
}
