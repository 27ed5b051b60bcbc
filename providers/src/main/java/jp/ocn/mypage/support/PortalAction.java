package jp.ocn.mypage.support;

import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

/**
 * A required action the portal starts with {@code kc_action=…} (Keycloak refuses that for actions that do not say
 * they may be started by an application). It is never imposed at sign-in unless a subclass overrides the trigger.
 */
public abstract class PortalAction implements RequiredActionProvider {

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only on request.
    }

    @Override
    public void close() {}
}
