package jp.ocn.mypage.it.harness;

import java.util.List;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * As {@link MyPageServerExtension}, with Keycloak and PostgreSQL in containers ({@link KeycloakInContainer}; profile
 * {@code testcontainers}): the one containerised server of the run, started by the first class that needs it and
 * stopped when the run ends. Test classes take the same {@link Fixtures}, so the usual step helpers work unchanged.
 * Put {@code @Testcontainers(disabledWithoutDocker = true)} on the class: without a Docker engine it is skipped
 * before this extension starts anything.
 */
public final class MyPageContainerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MyPageContainerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("containers", key -> start(), Running.class);
    }

    private static Running start() {
        TwilioStub twilio = new TwilioStub();
        MailCatcher mail = new MailCatcher();
        try {
            return new Running(KeycloakInContainer.start(twilio, mail), twilio, mail);
        } catch (RuntimeException e) {
            twilio.close();
            mail.close();
            throw e;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Fixtures.class || type == ContainerAddresses.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        if (parameter.getParameter().getType() == ContainerAddresses.class) {
            return new ContainerAddresses(running.containers.server().baseUrl(), running.containers.managementUrl());
        }
        KeycloakServer server = running.containers.server();
        return new Fixtures(server, new AdminApi(server), running.twilio, running.mail);
    }

    /** Where the containerised Keycloak answers on this machine: HTTP and the management port. */
    public record ContainerAddresses(String baseUrl, String managementUrl) {}

    private record Running(KeycloakInContainer containers, TwilioStub twilio, MailCatcher mail)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            try {
                containers.close();
                SentSecrets.record(List.of(containers.log()), twilio);
            } finally {
                twilio.close();
                mail.close();
            }
        }
    }
}
