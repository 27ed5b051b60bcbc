package jp.ocn.mypage.it.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the compose services are given from outside: bind mounts (providers read-only, no demo data, every source
 * there), the variables it reads and {@code .env.example} lists, and, where the {@code docker-compose} binary is on
 * the PATH, {@code docker-compose config -q}. A plain unit test: no Docker engine is needed.
 */
class ComposeMountsAndVariablesTest {

    private static final Path BUILD_OUTPUT = Paths.get("server", "target");
    private static final Path APPLY_BUILD_OUTPUT = Paths.get("realm-apply", "target");

    private static ComposeFile file;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        file = ComposeFile.load();
    }

    @Test
    void everyKeycloakNodeMountsTheProvidersFolderReadOnlyAndNoServiceMountsDemoData() {
        assertThat(file.keycloakNodes()).isNotEmpty();
        for (String node : file.keycloakNodes()) {
            assertThat(file.mounts(node)).as("mounts of %s", node).anySatisfy(mount -> {
                assertThat(mount.bind()).isTrue();
                assertThat(file.resolve(mount.source()))
                        .isEqualTo(file.repoRoot().resolve("server/target/providers"));
                assertThat(mount.target()).isEqualTo("/opt/keycloak/providers");
                assertThat(mount.readOnly()).isTrue();
            });
        }
        Path demo = file.repoRoot().resolve("realm-config/demo");
        for (String service : file.services().keySet()) {
            for (ComposeFile.Mount mount : file.mounts(service)) {
                if (mount.bind()) {
                    Path source = file.resolve(mount.source());
                    assertThat(source.startsWith(demo) || demo.startsWith(source))
                            .as("service %s must not mount demo data (%s)", service, mount.source())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void noKeycloakNodeIsGivenTheDemoDirectory() {
        file.keycloakNodes().forEach(node -> assertThat(file.environment(node))
                .as("environment of %s", node)
                .doesNotContainKey("MYPAGE_DEMO_DIRECTORY"));
    }

    @Test
    void everyBindMountSourceExistsOrIsTheServerBuildOutput() throws IOException {
        Path buildOutput = file.repoRoot().resolve(BUILD_OUTPUT);
        for (String service : file.services().keySet()) {
            for (ComposeFile.Mount mount : file.mounts(service)) {
                if (!mount.bind()) {
                    continue;
                }
                Path source = file.resolve(mount.source());
                if (source.startsWith(file.repoRoot().resolve(APPLY_BUILD_OUTPUT))) {
                    assertThat(file.repoRoot().resolve("realm-apply"))
                            .as("module folder of %s", mount.source())
                            .isDirectory();
                } else if (source.startsWith(buildOutput)) {
                    // Produced by `mvn package`; its presence after packaging is checked elsewhere.
                    assertThat(file.repoRoot().resolve("server"))
                            .as("module folder of %s", mount.source())
                            .isDirectory();
                    if (Files.isDirectory(source)) {
                        try (Stream<Path> files = Files.list(source)) {
                            assertThat(files.map(path -> path.getFileName().toString()))
                                    .as("jars in %s (mounted by service %s)", source, service)
                                    .anyMatch(name -> name.endsWith(".jar"));
                        }
                    }
                } else {
                    assertThat(source)
                            .as("bind mount source %s of service %s", mount.source(), service)
                            .exists();
                }
            }
        }
    }

    @Test
    void everyVariableTheComposeFileReadsIsListedInEnvExample() {
        Set<String> listed = file.envExampleNames();
        assertThat(listed)
                .as("variables listed in %s", ComposeFile.ENV_EXAMPLE)
                .containsAll(file.variablesReadByCompose());
    }

    @Test
    void envExampleListsOnlyVariablesTheComposeFileReads() {
        assertThat(file.variablesReadByCompose())
                .as("variables read by %s", ComposeFile.COMPOSE_FILE)
                .containsAll(file.envExampleNames());
    }

    @Test
    void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
        Optional<Path> binary = ComposeFile.findOnPath("docker-compose");
        Assumptions.assumeTrue(
                binary.isPresent(),
                "docker-compose is not on the PATH: skipping `docker-compose config` validation"
                        + " (structural checks above still ran)");
        Path output = Files.createTempFile("docker-compose-config", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            binary.get().toString(), "-f", file.composeFile().toString(), "config", "-q")
                    .directory(file.repoRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "test");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("docker-compose config did not finish within 120 s");
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("docker-compose config -q exit code; output:%n%s", log)
                    .isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
