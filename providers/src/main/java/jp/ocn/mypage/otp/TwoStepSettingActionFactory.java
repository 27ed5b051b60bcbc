package jp.ocn.mypage.otp;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@code mypage-two-step-on}; its sibling {@link Off} registers {@code mypage-two-step-off}. */
public class TwoStepSettingActionFactory implements RequiredActionFactory {

    public static final String ON = "mypage-two-step-on";
    public static final String OFF = "mypage-two-step-off";

    private final String id;
    private final TwoStepSettingAction action;

    public TwoStepSettingActionFactory() {
        this(ON, true);
    }

    TwoStepSettingActionFactory(String id, boolean enable) {
        this.id = id;
        this.action = new TwoStepSettingAction(enable);
    }

    /** The "turn off" twin: a separate provider ID so the portal says plainly which it wants. */
    public static final class Off extends TwoStepSettingActionFactory {
        public Off() {
            super(OFF, false);
        }
    }

    @Override
    public String getDisplayText() {
        return id.equals(ON) ? "MyPage: turn two-step sign-in on" : "MyPage: turn two-step sign-in off";
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return action;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return id;
    }
}
