package jp.ocn.mypage.linking;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class UnlinkCustomerActionFactory extends StatelessActionFactory {

    public UnlinkCustomerActionFactory() {
        super(UnlinkCustomerAction.PROVIDER_ID, "MyPage: remove a linked customer number", new UnlinkCustomerAction());
    }
}
