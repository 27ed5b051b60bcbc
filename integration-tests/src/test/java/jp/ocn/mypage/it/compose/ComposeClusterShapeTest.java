package jp.ocn.mypage.it.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose stack has the shape of {@code ./cluster.sh}: two Keycloak nodes that differ only in their names, one
 * cluster over the shared PostgreSQL, and a balancer in front that is the only published HTTP port and the only peer
 * whose forwarded headers the nodes trust. A plain unit test: no Docker engine is needed.
 */
class ComposeClusterShapeTest {

    private static final String BALANCER = "balancer";
    /** What each node has of its own: everything else must be the same on both. */
    private static final List<String> PER_NODE_KEYS = List.of("hostname", "ports", "depends_on");

    private static ComposeFile file;
    private static List<String> nodes;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        file = ComposeFile.load();
        nodes = file.keycloakNodes();
    }

    @Test
    void exactlyTwoKeycloakNodesRun() {
        assertThat(nodes).hasSize(2);
    }

    @Test
    void bothNodesRunTheSameImageProvidersHostnameAndSettings() {
        Map<String, Object> first = withoutPerNodeKeys(file.service(nodes.get(0)));
        Map<String, Object> second = withoutPerNodeKeys(file.service(nodes.get(1)));
        assertThat(second).as("%s apart from %s", nodes.get(1), PER_NODE_KEYS).isEqualTo(first);
        // Spelled out, since these are what a cluster cannot do without.
        assertThat(file.mounts(nodes.get(1))).isEqualTo(file.mounts(nodes.get(0)));
        assertThat(file.environment(nodes.get(1)).get("KC_HOSTNAME"))
                .isNotNull()
                .isEqualTo(file.environment(nodes.get(0)).get("KC_HOSTNAME"));
    }

    @Test
    void bothNodesClusterWithInfinispanOverTheJdbcPingStackOfTheSharedDatabase() {
        for (String node : nodes) {
            Map<String, Object> env = file.environment(node);
            assertThat(env.get("KC_CACHE")).as("KC_CACHE of %s", node).isEqualTo("ispn");
            assertThat(env.get("KC_CACHE_STACK"))
                    .as("KC_CACHE_STACK of %s", node)
                    .isEqualTo("jdbc-ping");
        }
        assertThat(file.environment(nodes.get(1)).get("KC_DB_URL"))
                .isEqualTo(file.environment(nodes.get(0)).get("KC_DB_URL"));
    }

    @Test
    void eachNodeHasANameOfItsOwn() {
        List<Object> hostnames =
                nodes.stream().map(node -> file.service(node).get("hostname")).collect(Collectors.toList());
        assertThat(hostnames).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(hostnames).containsExactlyElementsOf(nodes);
    }

    @Test
    void theBalancerConfigurationSendsToBothNodesAndSetsTheForwardedHeadersItself() throws IOException {
        String config = balancerConfig();
        for (String node : nodes) {
            assertThat(config)
                    .as("balancer configuration names %s", node)
                    .containsPattern("(?m)^\\s*server\\s+" + Pattern.quote(node) + ":8080[\\s;]");
        }
        // Set from the peer's address, never appended to what the client sent (a client could pick its own address).
        assertThat(config)
                .containsPattern("proxy_set_header\\s+X-Forwarded-For\\s+\\$remote_addr;")
                .doesNotContain("$proxy_add_x_forwarded_for")
                .containsPattern("proxy_set_header\\s+X-Forwarded-Proto\\s+");
        assertThat(config).as("no session affinity is needed").doesNotContain("ip_hash", "sticky", "hash $");
    }

    @Test
    void nodesTrustForwardedHeadersFromTheBalancerOnly() {
        Map<String, Object> balancerNetworks =
                ComposeFile.asMap(file.service(BALANCER).get("networks"), "balancer networks");
        Map<String, Object> network = ComposeFile.asMap(balancerNetworks.get("default"), "balancer network default");
        String balancerAddress = String.valueOf(network.get("ipv4_address"));
        assertThat(balancerAddress).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(inSubnet(balancerAddress, String.valueOf(subnet())))
                .as("balancer address %s in the default network's subnet %s", balancerAddress, subnet())
                .isTrue();
        for (String node : nodes) {
            assertThat(String.valueOf(file.environment(node).get("KC_PROXY_TRUSTED_ADDRESSES")))
                    .as("KC_PROXY_TRUSTED_ADDRESSES of %s: exactly the balancer", node)
                    .isEqualTo(balancerAddress);
        }
    }

    @Test
    void onlyTheBalancerPublishesHttpAndManagementPortsStayOnLoopback() {
        assertThat(file.ports(BALANCER).stream().map(ComposeFile::containerPort))
                .containsExactly("8080");
        for (String node : nodes) {
            assertThat(file.ports(node))
                    .as("ports of %s: only its management port, on loopback", node)
                    .isNotEmpty()
                    .allSatisfy(port -> {
                        assertThat(ComposeFile.containerPort(port)).isEqualTo("9000");
                        assertThat(port).startsWith("127.0.0.1:");
                    });
        }
        file.services().keySet().forEach(service -> assertThat(file.ports(service))
                .as("management ports of %s", service)
                .filteredOn(port -> "9000".equals(ComposeFile.containerPort(port)))
                .allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:")));
    }

    @Test
    void theBalancerWaitsForBothNodesToBeHealthy() {
        Map<String, Object> dependsOn = ComposeFile.asMap(file.service(BALANCER).get("depends_on"), "depends_on");
        assertThat(dependsOn.keySet()).containsExactlyInAnyOrderElementsOf(nodes);
        dependsOn.forEach((node, condition) ->
                assertThat(ComposeFile.asMap(condition, node).get("condition")).isEqualTo("service_healthy"));
    }

    private static String balancerConfig() throws IOException {
        ComposeFile.Mount mount = file.mounts(BALANCER).stream()
                .filter(m -> m.bind() && m.target().startsWith("/etc/nginx/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the balancer mounts no nginx configuration"));
        assertThat(mount.readOnly())
                .as("balancer configuration mounted read-only")
                .isTrue();
        Path config = file.resolve(mount.source());
        assertThat(config)
                .as("balancer configuration committed in the repository")
                .isRegularFile();
        return Files.readString(config, StandardCharsets.UTF_8);
    }

    private static Object subnet() {
        Map<String, Object> networks = ComposeFile.asMap(file.compose().get("networks"), "networks");
        Map<String, Object> ipam = ComposeFile.asMap(
                ComposeFile.asMap(networks.get("default"), "networks.default").get("ipam"), "ipam");
        return ComposeFile.asMap(ComposeFile.asList(ipam.get("config")).get(0), "ipam config")
                .get("subnet");
    }

    private static boolean inSubnet(String address, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (ipv4(address) & mask) == (ipv4(parts[0]) & mask);
    }

    private static long ipv4(String dotted) {
        long value = 0;
        for (String octet : dotted.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }

    private static Map<String, Object> withoutPerNodeKeys(Map<String, Object> service) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(service);
        PER_NODE_KEYS.forEach(copy::remove);
        return copy;
    }
}
