package jp.ocn.mypage.sender;

import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * The {@code dev-outbox} sender, available exactly when Twilio is not configured: with Twilio configured,
 * messages go to Twilio only. In production mode it starts only when {@value DevOutbox#ENV} is set explicitly.
 */
public final class DevOutboxCodeSenderFactory
        implements CodeSenderProviderFactory, EnvironmentDependentProviderFactory {

    public static final String ID = "dev-outbox";

    private static final Logger LOG = Logger.getLogger(DevOutboxCodeSenderFactory.class);
    private static final String ALLOWED_REGIONS = PhonePolicy.SETTING;

    private DevOutbox outbox;
    private PhonePolicy policy;

    @Override
    public boolean isSupported(Config.Scope scope) {
        return !TwilioConfig.accountSidPresent(System::getenv, twilioScope()::get);
    }

    @Override
    public void init(Config.Scope scope) {
        // Keycloak chose this factory when it was built; a Twilio SID set since then must not send codes to a file.
        if (TwilioConfig.accountSidPresent(System::getenv, twilioScope()::get)) {
            throw new IllegalStateException(
                    "Dev outbox code sender: " + TwilioConfig.ENV_ACCOUNT_SID + " is set, but this"
                            + " Keycloak was built without it, so Twilio is not available. Run kc.sh build with it set, then start again.");
        }
        String refusal = productionRefusal(System::getenv, Environment.isDevMode());
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        policy = PhonePolicy.fromSetting(scope.get(ALLOWED_REGIONS));
        outbox = DevOutbox.fromEnvironment(System::getenv);
        LOG.infof("Twilio is not configured: SMS and voice codes go to the dev outbox %s", outbox.file());
    }

    @Override
    public CodeSender create(KeycloakSession session) {
        return new DevOutboxCodeSender(outbox, policy);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property(PhonePolicy.configProperty())
                .build();
    }

    /**
     * A production start ({@code kc.sh start}) with no Twilio must not write codes to a file nobody asked for: it
     * refuses unless {@value DevOutbox#ENV} is set explicitly. The dev command may use the default file.
     */
    static String productionRefusal(Function<String, String> env, boolean devMode) {
        String outbox = env.apply(DevOutbox.ENV);
        if (devMode || (outbox != null && !outbox.isBlank())) {
            return null;
        }
        return "MyPage refuses to start: no SMS/voice code sender is configured. Set " + TwilioConfig.ENV_ACCOUNT_SID
                + " (with MYPAGE_TWILIO_AUTH_TOKEN and MYPAGE_TWILIO_FROM) to send codes by Twilio, then run kc.sh build;"
                + " or, for a trial only, set " + DevOutbox.ENV + " to the file that should receive every code."
                + " Codes are never written to a file unless " + DevOutbox.ENV + " names it.";
    }

    // The SID may also be an SPI option of the twilio provider; that scope sits beside ours.
    private static Config.Scope twilioScope() {
        return Config.scope(CodeSenderSpi.NAME, TwilioCodeSenderFactory.ID);
    }
}
