package jp.ocn.mypage.otp;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;

/** Renders the three code screens of the theme: phone choice, code entry, and "no phone registered". */
final class CodePages {

    static final String CHOOSE = "mypage-code-choose.ftl";
    static final String ENTER = "mypage-code-enter.ftl";
    static final String NO_PHONE = "mypage-code-no-phone.ftl";

    private CodePages() {}

    static Response choose(CodeContext context, List<ChoosablePhone> phones, FormMessage error) {
        return form(context, error).setAttribute("phones", phones).createForm(CHOOSE);
    }

    static Response enter(CodeContext context, CodeNotes notes, List<ChoosablePhone> phones, FormMessage error) {
        long now = System.currentTimeMillis() / 1000;
        String masked = phones.stream()
                .filter(p -> p.e164().equals(notes.phone()))
                .map(ChoosablePhone::masked)
                .findFirst()
                .orElse("");
        return form(context, error)
                .setAttribute("maskedPhone", masked)
                .setAttribute("channel", notes.channel())
                .setAttribute("resendInSeconds", Math.max(0, notes.resendAt() - now))
                .setAttribute("lifetimeMinutes", Math.max(1, (notes.expires() - now + 59) / 60))
                .createForm(ENTER);
    }

    static Response noPhone(CodeContext context) {
        return context.form().createForm(NO_PHONE);
    }

    private static LoginFormsProvider form(CodeContext context, FormMessage error) {
        LoginFormsProvider form = context.form();
        if (error != null) {
            form.addError(error);
        }
        return form;
    }
}
