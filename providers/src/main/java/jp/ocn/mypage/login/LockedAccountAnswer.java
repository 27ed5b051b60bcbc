package jp.ocn.mypage.login;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.services.messages.Messages;

/**
 * How the login form answers for a locked account. The password is checked as for any account, so the
 * answer takes as long as any other (stock Keycloak skips the hash and answers locked accounts faster). A wrong
 * password gets the same generic message as everywhere; only the correct password learns of the lock, until
 * when (JST) and how to get in now, which tells nothing to someone who does not know the password.
 */
final class LockedAccountAnswer {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Tokyo"));

    private LockedAccountAnswer() {
    }

    /** The message for this attempt on a locked account: its key and parameter (null when it has none). */
    record Answer(String messageKey, String parameter, boolean correctPassword) {
    }

    static Answer of(AuthenticationFlowContext context, UserModel user, String password) {
        boolean correct = password != null && !password.isEmpty() && password.length() <= 1024
                && user.credentialManager().isValid(UserCredentialModel.password(password));
        if (!correct) {
            return new Answer(Messages.INVALID_USER, null, false);
        }
        UserLoginFailureModel failure = context.getSession().loginFailures().getUserLoginFailure(context.getRealm(), user.getId());
        long notBefore = failure == null ? 0 : failure.getFailedLoginNotBefore();
        if (notBefore > Instant.now().getEpochSecond()) {
            return new Answer("mypageAccountLockedUntil", UNTIL.format(Instant.ofEpochSecond(notBefore)), true);
        }
        return new Answer("mypageAccountLockedPermanently", null, true);
    }
}
