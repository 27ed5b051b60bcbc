package jp.ocn.mypage.otp;

import java.util.List;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

public final class PhoneCodeAuthenticatorFactory implements AuthenticatorFactory, NoLifecycle<Authenticator> {

    public static final String PROVIDER_ID = "mypage-phone-code";
    private static final PhoneCodeAuthenticator AUTHENTICATOR = new PhoneCodeAuthenticator();
    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property()
            .name(PhoneCodeConfig.LIFETIME)
            .label("Code lifetime (seconds)")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("300")
            .helpText("How long a code is valid, 30 to 600 seconds.")
            .add()
            .property()
            .name(PhoneCodeConfig.MAX_FAILURES)
            .label("Wrong entries before a code dies")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("5")
            .helpText("Counted over the whole sign-in: a new code does not reset the count.")
            .add()
            .property()
            .name(PhoneCodeConfig.COOLDOWN)
            .label("Resend cooldown per number (seconds)")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("60")
            .add()
            .property()
            .name(PhoneCodeConfig.PER_NUMBER_10_MIN)
            .label("Codes per number per 10 minutes")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("5")
            .add()
            .property()
            .name(PhoneCodeConfig.PER_NUMBER_DAY)
            .label("Codes per number per day")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("10")
            .add()
            .property()
            .name(PhoneCodeConfig.PER_ACCOUNT_DAY)
            .label("Codes per account per day")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("10")
            .add()
            .property()
            .name(PhoneCodeConfig.PER_IP_HOUR)
            .label("Codes per client IP per hour")
            .type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("30")
            .add()
            .build();

    @Override
    public Authenticator create(KeycloakSession session) {
        return AUTHENTICATOR;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "MyPage code by SMS or voice call";
    }

    @Override
    public String getReferenceCategory() {
        return "otp";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED,
            AuthenticationExecutionModel.Requirement.ALTERNATIVE,
            AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "Sends a 6-digit code by SMS or automated voice call to a contact phone of the user's customer records.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }
}
