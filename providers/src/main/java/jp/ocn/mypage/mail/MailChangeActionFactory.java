package jp.ocn.mypage.mail;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class MailChangeActionFactory extends StatelessActionFactory {

    public MailChangeActionFactory() {
        super(MailChangeAction.PROVIDER_ID, "MyPage: change the account mail", new MailChangeAction());
    }
}
