package jp.ocn.mypage.lockout;

import jp.ocn.mypage.support.StatelessActionFactory;

public final class SelfUnlockActionFactory extends StatelessActionFactory {

    public SelfUnlockActionFactory() {
        super(SelfUnlockAction.PROVIDER_ID, "MyPage: self-service unlock (from the lockout mail)", new SelfUnlockAction());
    }
}
