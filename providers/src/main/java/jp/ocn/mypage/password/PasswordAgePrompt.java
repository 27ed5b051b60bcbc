package jp.ocn.mypage.password;

import java.util.Optional;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Seed 003's パスワード変更のお願い: after sign-in, accounts whose password is older than the prompt age see
 * 今すぐ変更する (on to Keycloak's password change) / 後で変更する (asked again after the snooze). Past the hard
 * limit, when switched on, the change is forced without this page.
 */
public final class PasswordAgePrompt implements RequiredActionProvider {

    public static final String PROVIDER_ID = "mypage-password-age";
    /** User attribute: epoch second until which 後で変更する holds. */
    static final String SNOOZED_UNTIL = "mypage.passwordAge.snoozedUntil";

    static final String PAGE = "mypage-password-age.ftl";
    private static final String DONE_NOTE = "mypage.passwordAge.done";
    private static final long DAY = 86_400;

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        // At sign-in only: an action the portal started is not interrupted by the prompt.
        if (auth.getAuthNote(DONE_NOTE) != null || auth.getClientNote(Constants.KC_ACTION) != null) {
            return;
        }
        Optional<Long> ageDays = passwordAgeDays(context.getUser());
        if (ageDays.isEmpty()) {
            return;
        }
        PasswordAgeConfig config = PasswordAgeConfig.of(context.getRealm());
        long now = System.currentTimeMillis() / 1000;
        if (config.hardLimitOn() && ageDays.get() >= config.hardLimitDays()) {
            auth.setAuthNote(DONE_NOTE, "forced");
            auth.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD.name());
        } else if (ageDays.get() >= config.promptDays() && snoozedUntil(context.getUser()) <= now) {
            auth.addRequiredAction(PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        long days = passwordAgeDays(context.getUser()).orElse(0L);
        context.challenge(context.form().setAttribute("passwordAgeDays", days).createForm(PAGE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.setAuthNote(DONE_NOTE, "true");
        String action = context.getHttpRequest().getDecodedFormParameters().getFirst("action");
        if ("now".equals(action)) {
            auth.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD.name());
            context.getEvent().detail(MyPageDetails.PASSWORD_AGE, "change_now");
        } else {
            long until = System.currentTimeMillis() / 1000
                    + PasswordAgeConfig.of(context.getRealm()).snoozeDays() * DAY;
            context.getUser().setSingleAttribute(SNOOZED_UNTIL, Long.toString(until));
            context.getEvent().detail(MyPageDetails.PASSWORD_AGE, "later");
        }
        context.success();
    }

    /** Whole days since the password was set; empty for accounts without a password (e.g. dアカウント only). */
    static Optional<Long> passwordAgeDays(UserModel user) {
        return passwordSetAt(user).map(created -> Math.max(0, (System.currentTimeMillis() - created) / 1000 / DAY));
    }

    /** When the current password was set (epoch milliseconds); empty for accounts without a password. */
    static Optional<Long> passwordSetAt(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(PasswordCredentialModel.TYPE)
                .map(CredentialModel::getCreatedDate)
                .filter(d -> d != null && d > 0)
                .max(Long::compare);
    }

    private static long snoozedUntil(UserModel user) {
        try {
            String value = user.getFirstAttribute(SNOOZED_UNTIL);
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {}
}
