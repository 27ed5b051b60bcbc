package jp.ocn.mypage.alerts;

import jp.ocn.mypage.support.StatelessActionFactory;

/** Required action {@code mypage-login-alert}: the ログインアラート settings, opened by applications ({@code kc_action}). */
public final class LoginAlertActionFactory extends StatelessActionFactory {

    public LoginAlertActionFactory() {
        super(LoginAlertAction.PROVIDER_ID, "MyPage: login alert", new LoginAlertAction());
    }
}
