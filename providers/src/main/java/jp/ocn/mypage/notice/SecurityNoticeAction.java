package jp.ocn.mypage.notice;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.otp.ContactPhoneChangeAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;

/**
 * The one-time security notice of seed 003 (【重要】… SMS or voice codes replace the security password;
 * please check your contact phone). Shown after sign-in to accounts flagged {@code pending} until the
 * user ticks 今後表示しない; 閉じる without the tick shows it again next time. 連絡先電話番号を確認・変更する goes on to
 * the contact phone change in the same sign-in.
 */
public final class SecurityNoticeAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "mypage-security-notice";
    /** User attribute: {@code pending} shows the notice, {@code dismissed} after 今後表示しない. */
    public static final String ATTRIBUTE = "mypage.securityNotice";

    private static final String CLOSED_NOTE = "mypage.securityNotice.closed";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Keycloak evaluates triggers again after each action: once closed, not again in this sign-in.
        if ("pending".equals(context.getUser().getFirstAttribute(ATTRIBUTE))
                && context.getAuthenticationSession().getAuthNote(CLOSED_NOTE) == null) {
            context.getUser().addRequiredAction(PROVIDER_ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(context.form().createForm("mypage-security-notice.ftl"));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        UserModel user = context.getUser();
        if ("on".equals(form.getFirst("dontShowAgain"))) {
            user.setSingleAttribute(ATTRIBUTE, "dismissed");
            context.getEvent().detail(MyPageDetails.SECURITY_NOTICE, "dismissed");
        } else {
            context.getEvent().detail(MyPageDetails.SECURITY_NOTICE, "closed");
        }
        if ("phone".equals(form.getFirst("action"))) {
            // 連絡先電話番号を確認・変更する: the change follows at once, in this same sign-in.
            context.getAuthenticationSession().addRequiredAction(ContactPhoneChangeAction.PROVIDER_ID);
        }
        // Removed for this sign-in either way; the next sign-in shows it again while still pending.
        context.getAuthenticationSession().setAuthNote(CLOSED_NOTE, "true");
        user.removeRequiredAction(PROVIDER_ID);
        context.success();
    }

    @Override
    public void close() {}
}
