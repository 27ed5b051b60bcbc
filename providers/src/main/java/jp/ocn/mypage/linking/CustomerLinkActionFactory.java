package jp.ocn.mypage.linking;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class CustomerLinkActionFactory extends StatelessActionFactory {

    public CustomerLinkActionFactory() {
        super(CustomerLinkAction.PROVIDER_ID, "MyPage: link a customer number", new CustomerLinkAction());
    }
}
