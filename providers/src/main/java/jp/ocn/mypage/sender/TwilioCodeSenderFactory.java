package jp.ocn.mypage.sender;

import com.twilio.http.TwilioRestClient;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.EnvironmentDependentProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The {@code twilio} sender, available when an account SID is configured ({@value TwilioConfig#ENV_ACCOUNT_SID}
 * or the SPI option {@code account-sid}). One REST client per configuration, built at start-up.
 */
public final class TwilioCodeSenderFactory implements CodeSenderProviderFactory, EnvironmentDependentProviderFactory {

    public static final String ID = "twilio";

    private static final Logger LOG = Logger.getLogger(TwilioCodeSenderFactory.class);

    private TwilioConfig config;
    private TwilioHttpClient http;
    private TwilioRestClient client;

    @Override
    public boolean isSupported(Config.Scope scope) {
        return TwilioConfig.accountSidPresent(System::getenv, scope::get);
    }

    @Override
    public void init(Config.Scope scope) {
        // Keycloak decides which factories exist when it builds (kc.sh build, or the build a start runs); if the
        // SID disappeared since, stop here rather than run a sender that cannot send.
        if (!TwilioConfig.accountSidPresent(System::getenv, scope::get)) {
            throw new IllegalStateException(
                    "Twilio code sender: this Keycloak was built with " + TwilioConfig.ENV_ACCOUNT_SID
                            + " set, but it is not set now. Set it again, or run kc.sh build without it to use the dev outbox.");
        }
        config = TwilioConfig.parse(System::getenv, scope::get);
        http = TwilioHttpClient.create(config);
        client = http.restClient(config);
        LOG.infof("Codes are sent by Twilio (%s)", config.describe());
    }

    @Override
    public CodeSender create(KeycloakSession session) {
        return new TwilioCodeSender(client, config);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return TwilioConfig.metadata();
    }
}
