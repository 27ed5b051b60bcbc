package jp.ocn.mypage.support;

import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

/**
 * A required action factory whose provider keeps no state between requests (everything lives in the
 * authentication session), so one instance serves every request. Subclasses name the ID and display text.
 */
public abstract class StatelessActionFactory implements RequiredActionFactory, NoLifecycle<RequiredActionProvider> {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider action;

    protected StatelessActionFactory(String id, String displayText, RequiredActionProvider action) {
        this.id = id;
        this.displayText = displayText;
        this.action = action;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return action;
    }
}
