package jp.ocn.mypage.password;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class PasswordAgePromptFactory extends StatelessActionFactory {

    public PasswordAgePromptFactory() {
        super(PasswordAgePrompt.PROVIDER_ID, "MyPage: password is old (パスワード変更のお願い)", new PasswordAgePrompt());
    }
}
