package jp.ocn.mypage.history;

import jp.ocn.mypage.support.StatelessActionFactory;

/** Required action {@code mypage-login-history}: opened by applications only ({@code kc_action}). */
public final class LoginHistoryActionFactory extends StatelessActionFactory {

    public LoginHistoryActionFactory() {
        super(LoginHistoryAction.PROVIDER_ID, "MyPage: login history", new LoginHistoryAction());
    }
}
