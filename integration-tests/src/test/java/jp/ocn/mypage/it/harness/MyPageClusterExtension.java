package jp.ocn.mypage.it.harness;

import java.util.HashMap;
import java.util.Map;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * As {@link MyPageServerExtension}, for the cluster tests: the one {@link KeycloakCluster} of the run (two nodes
 * behind the balancer, their own PostgreSQL database, one Twilio stub and mail catcher for both), started by the
 * first class that needs it and stopped when the run ends. Test classes take {@link KeycloakCluster} to choose
 * nodes, and {@link Fixtures}, whose server is node 1 reached through the balancer.
 */
public final class MyPageClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MyPageClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // Two processes cannot share the embedded H2: without PostgreSQL (the quick start) the cluster tests skip.
        Assumptions.assumeTrue(
                TestDatabase.clusterPossible(),
                "cluster tests skipped: they need PostgreSQL (MYPAGE_TEST_DB=postgres makes it mandatory)");
        running(context);
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> start(), Running.class);
    }

    private static Running start() {
        TwilioStub twilio = new TwilioStub();
        MailCatcher mail = new MailCatcher();
        Map<String, String> env = new HashMap<>(twilio.env());
        env.putAll(mail.env());
        return new Running(KeycloakCluster.start(env), twilio, mail);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KeycloakCluster.class || type == Fixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        if (parameter.getParameter().getType() == KeycloakCluster.class) {
            return running.cluster;
        }
        KeycloakServer server = running.cluster.node(1);
        return new Fixtures(server, new AdminApi(server), running.twilio, running.mail);
    }

    private record Running(KeycloakCluster cluster, TwilioStub twilio, MailCatcher mail)
            implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            SentSecrets.record(cluster.logs(), twilio);
            cluster.close();
            twilio.close();
            mail.close();
        }
    }
}
