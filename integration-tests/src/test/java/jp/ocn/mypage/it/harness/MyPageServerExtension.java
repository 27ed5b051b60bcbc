package jp.ocn.mypage.it.harness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests the one shared {@link KeycloakServer}: started by the first test class
 * that needs it, stopped when the whole run ends (root store), so every class of the run shares it.
 */
public final class MyPageServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MyPageServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    /** The shared server, for other extensions of the same run. */
    public static KeycloakServer server(ExtensionContext context) {
        return running(context).server;
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("server", key -> start(), Running.class);
    }

    /**
     * The server talks to a local stub of Twilio's API and to a real SMTP server (GreenMail), so every SMS,
     * call and mail of a test is on the wire.
     */
    private static Running start() {
        TwilioStub twilio = new TwilioStub();
        MailCatcher mail = new MailCatcher();
        Map<String, String> env = new HashMap<>(twilio.env());
        env.putAll(mail.env());
        KeycloakServer server = new KeycloakServer(env);
        server.start();
        return new Running(server, twilio, mail);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KeycloakServer.class
                || type == AdminApi.class
                || type == TwilioStub.class
                || type == MailCatcher.class
                || type == Fixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == TwilioStub.class) {
            return running.twilio;
        }
        if (type == MailCatcher.class) {
            return running.mail;
        }
        if (type == Fixtures.class) {
            return new Fixtures(running.server, new AdminApi(running.server), running.twilio, running.mail);
        }
        return type == AdminApi.class ? new AdminApi(running.server) : running.server;
    }

    private record Running(KeycloakServer server, TwilioStub twilio, MailCatcher mail)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            SentSecrets.record(List.of(server.log()), twilio);
            server.stop();
            twilio.close();
            mail.close();
        }
    }
}
