package jp.ocn.mypage.linking;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The linking screens of the theme: the offer, the proof form (typed values kept after an error), "linked elsewhere". */
final class LinkPages {

    static final String OFFER = "mypage-link-offer.ftl";
    static final String PROOF = "mypage-link-proof.ftl";
    static final String ELSEWHERE = "mypage-link-elsewhere.ftl";

    private LinkPages() {}

    static Response offer(RequiredActionContext context) {
        return context.form().createForm(OFFER);
    }

    static Response proof(RequiredActionContext context, MultivaluedMap<String, String> typed, FormMessage error) {
        LoginFormsProvider form = context.form();
        if (typed != null) {
            // The number and the birth date come back as typed; nothing else is echoed.
            form.setAttribute("typedNumber", value(typed.getFirst("customerNumber")));
            form.setAttribute("typedBirthDate", value(typed.getFirst("birthDate")));
        }
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(PROOF);
    }

    static Response elsewhere(RequiredActionContext context) {
        return context.form().createForm(ELSEWHERE);
    }

    private static String value(String typed) {
        return typed == null || typed.length() > 100 ? "" : typed;
    }
}
