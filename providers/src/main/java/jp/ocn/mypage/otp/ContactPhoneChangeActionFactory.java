package jp.ocn.mypage.otp;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class ContactPhoneChangeActionFactory extends StatelessActionFactory {

    public ContactPhoneChangeActionFactory() {
        super(ContactPhoneChangeAction.PROVIDER_ID, "MyPage: change a contact phone", new ContactPhoneChangeAction());
    }
}
