package jp.ocn.mypage.otp;

import jp.ocn.mypage.support.StatelessActionFactory;

/** Registers {@code mypage-two-step-on}; its sibling {@link Off} registers {@code mypage-two-step-off}. */
public class TwoStepSettingActionFactory extends StatelessActionFactory {

    public static final String ON = "mypage-two-step-on";
    public static final String OFF = "mypage-two-step-off";

    public TwoStepSettingActionFactory() {
        super(ON, "MyPage: turn two-step sign-in on", new TwoStepSettingAction(true));
    }

    TwoStepSettingActionFactory(String id, String displayText, boolean enable) {
        super(id, displayText, new TwoStepSettingAction(enable));
    }

    /** The "turn off" twin: a separate provider ID so the portal says plainly which it wants. */
    public static final class Off extends TwoStepSettingActionFactory {
        public Off() {
            super(OFF, "MyPage: turn two-step sign-in off", false);
        }
    }
}
