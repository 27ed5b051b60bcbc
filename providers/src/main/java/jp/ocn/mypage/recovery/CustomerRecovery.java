package jp.ocn.mypage.recovery;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.identity.BirthDate;
import jp.ocn.mypage.identity.LoginIdNormalizer;
import jp.ocn.mypage.otp.RecoveryCode;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import jp.ocn.mypage.support.Setting;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Recovery by customer number: number + birth date, then a code to the customer's phones (sent only when both
 * match, the page the same either way), then the OCN ID. Mode {@code id} (IDをお忘れの方) ends there; mode
 * {@code password} goes on to Keycloak's password reset for that OCN ID.
 */
public final class CustomerRecovery extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-customer-recovery";
    static final String MODE = "mode";
    private static final String STAGE = "mypage.recovery.stage";
    private static final String CUSTOMER = "mypage.recovery.customer";
    private static final String CODE_STAGE = "code";
    private static final String CONFIRMED_STAGE = "confirmed";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String stage = context.getAuthenticationSession().getAuthNote(STAGE);
        if (CODE_STAGE.equals(stage)) {
            context.challenge(RecoveryPages.code(context, null));
        } else if (CONFIRMED_STAGE.equals(stage)) {
            confirmed(context);
        } else {
            context.challenge(RecoveryPages.number(context, null, null));
        }
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String stage = auth.getAuthNote(STAGE);
        if ("restart".equals(form.getFirst("action"))) {
            restart(context, null);
        } else if (CODE_STAGE.equals(stage)) {
            checkCode(context, form.getFirst("code"));
        } else if (CONFIRMED_STAGE.equals(stage) && passwordMode(context)) {
            linkedUser(context)
                    .ifPresentOrElse(
                            user -> {
                                context.setUser(user);
                                context.success();
                            },
                            () -> restart(context, null));
        } else {
            request(context, form);
        }
    }

    private void request(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String number = LoginIdNormalizer.customerNumberOrNull(form.getFirst("customerNumber"));
        Optional<LocalDate> born = BirthDate.parse(form.getFirst("birthDate"));
        if (number == null || born.isEmpty()) {
            FormMessage error = number == null
                    ? new FormMessage("customerNumber", "mypageLinkNumberShape")
                    : new FormMessage("birthDate", "mypageLinkBirthDateShape");
            context.challenge(RecoveryPages.number(context, form, error));
            return;
        }
        String ip = context.getConnection().getRemoteAddr();
        if (!new RecoveryLimits(context.getSession().getProvider(SingleUseObjectProvider.class), context.getRealm())
                .attempt(ip, number, System.currentTimeMillis() / 1000)) {
            context.getEvent().clone().detail(MyPageDetails.RECOVERY, "limited").error(MyPageErrors.RECOVERY_LIMITED);
            context.challenge(
                    RecoveryPages.number(context, form, new FormMessage("customerNumber", "mypageRecoveryLimited")));
            return;
        }
        Optional<Customer> customer = context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .findByNumber(context.getRealm(), number)
                .filter(c -> born.get().equals(c.birthDate()));
        RecoveryCode code =
                new RecoveryCode(context.getSession(), context.getRealm(), context.getAuthenticationSession());
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        // The same work for a match and a non-match: one note written, one code stored, one background job.
        String attempt = code.start(
                customer, number, ip, context.getSession().getContext().resolveLocale(null));
        auth.setAuthNote(CUSTOMER, customer.isPresent() ? number : "");
        context.getEvent()
                .clone()
                .detail(MyPageDetails.RECOVERY, customer.isPresent() ? "matched" : "no_match")
                .detail(MyPageDetails.RECOVERY_ATTEMPT, attempt)
                .success();
        auth.setAuthNote(STAGE, CODE_STAGE);
        context.challenge(RecoveryPages.code(context, null));
    }

    private void checkCode(AuthenticationFlowContext context, String typed) {
        RecoveryCode code =
                new RecoveryCode(context.getSession(), context.getRealm(), context.getAuthenticationSession());
        RecoveryCode.Check check = code.check(typed);
        boolean matched = matchedNumber(context) != null;
        switch (check) {
            case VERIFIED -> {
                if (!matched) {
                    restart(context, "mypageCodeExpired");
                    return;
                }
                context.getAuthenticationSession().setAuthNote(STAGE, CONFIRMED_STAGE);
                confirmed(context);
            }
            case FORMAT -> context.challenge(RecoveryPages.code(context, new FormMessage("code", "mypageCodeFormat")));
            case WRONG ->
                context.challenge(RecoveryPages.code(
                        context, new FormMessage("code", "mypageCodeInvalid", Integer.toString(code.remaining()))));
            case TOO_MANY -> restart(context, "mypageCodeTooManyFailures");
            default -> restart(context, "mypageCodeExpired");
        }
    }

    /** The code was right: show the OCN ID (id mode: the end; password mode: 次へ to the new password). */
    private void confirmed(AuthenticationFlowContext context) {
        Optional<UserModel> user = linkedUser(context);
        context.getEvent().clone().detail(MyPageDetails.RECOVERY, "verified").success();
        context.challenge(
                RecoveryPages.result(context, user.map(UserModel::getUsername).orElse(null), passwordMode(context)));
    }

    private void restart(AuthenticationFlowContext context, String messageKey) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.removeAuthNote(STAGE);
        auth.removeAuthNote(CUSTOMER);
        context.challenge(RecoveryPages.number(
                context, null, messageKey == null ? null : new FormMessage("customerNumber", messageKey)));
    }

    /** The customer number that matched, or null (a non-match keeps an empty note, written like a match's). */
    private static String matchedNumber(AuthenticationFlowContext context) {
        String number = context.getAuthenticationSession().getAuthNote(CUSTOMER);
        return number == null || number.isEmpty() ? null : number;
    }

    private static Optional<UserModel> linkedUser(AuthenticationFlowContext context) {
        String number = matchedNumber(context);
        if (number == null) {
            return Optional.empty();
        }
        return context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedUserId(context.getRealm(), number)
                .map(id -> context.getSession().users().getUserById(context.getRealm(), id))
                .filter(UserModel::isEnabled);
    }

    private static boolean passwordMode(AuthenticationFlowContext context) {
        return "password".equals(Setting.configValue(context.getAuthenticatorConfig(), MODE));
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        private static final CustomerRecovery INSTANCE = new CustomerRecovery();

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage recovery by customer number",
                    "Customer number + birth date, a code to the customer's phones, then the OCN ID (and, in password mode, a reset).",
                    ProviderConfigurationBuilder.create()
                            .property()
                            .name(MODE)
                            .label("Mode")
                            .type(ProviderConfigProperty.LIST_TYPE)
                            .options("id", "password")
                            .defaultValue("id")
                            .add()
                            .build());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return INSTANCE;
        }
    }
}
