package jp.ocn.mypage.recovery;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** The recovery screens: customer number + birth date, the code, and the OCN ID found. */
final class RecoveryPages {

    private RecoveryPages() {}

    static Response number(AuthenticationFlowContext context, MultivaluedMap<String, String> typed, FormMessage error) {
        LoginFormsProvider form = context.form();
        if (typed != null) {
            form.setAttribute("typedNumber", value(typed.getFirst("customerNumber")));
            form.setAttribute("typedBirthDate", value(typed.getFirst("birthDate")));
        }
        return withError(form, error)
                .setAttribute("recoveryRoute", route(context))
                .createForm("mypage-recovery-number.ftl");
    }

    static Response code(AuthenticationFlowContext context, FormMessage error) {
        return withError(context.form(), error)
                .setAttribute("recoveryRoute", route(context))
                .createForm("mypage-recovery-code.ftl");
    }

    static Response result(AuthenticationFlowContext context, String ocnId, boolean passwordMode) {
        LoginFormsProvider form = context.form().setAttribute("passwordMode", passwordMode);
        if (ocnId != null) {
            form.setAttribute("ocnId", ocnId);
        }
        return form.createForm("mypage-recovery-result.ftl");
    }

    private static String route(AuthenticationFlowContext context) {
        return RecoveryRoute.of(context.getAuthenticationSession())
                .map(RecoveryRoute::value)
                .orElse("id");
    }

    private static LoginFormsProvider withError(LoginFormsProvider form, FormMessage error) {
        return error == null ? form : form.addError(error);
    }

    private static String value(String typed) {
        return typed == null || typed.length() > 40 ? "" : typed;
    }
}
