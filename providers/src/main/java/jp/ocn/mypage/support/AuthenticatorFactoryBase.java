package jp.ocn.mypage.support;

import java.util.List;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.provider.ProviderConfigProperty;

/** What our authenticator factories share: an ID, a display text, REQUIRED/DISABLED, no user setup, no lifecycle. */
public abstract class AuthenticatorFactoryBase implements AuthenticatorFactory, NoLifecycle<Authenticator> {

    private static final AuthenticationExecutionModel.Requirement[] CHOICES = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
    };

    private final String id;
    private final String displayType;
    private final String helpText;
    private final List<ProviderConfigProperty> config;

    protected AuthenticatorFactoryBase(
            String id, String displayType, String helpText, List<ProviderConfigProperty> config) {
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.config = List.copyOf(config);
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayType() {
        return displayType;
    }

    @Override
    public final String getHelpText() {
        return helpText;
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public final boolean isConfigurable() {
        return !config.isEmpty();
    }

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return config;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return CHOICES.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }
}
