package jp.ocn.mypage.realmapply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar mypage-realm-apply.jar [--server URL] FILE_OR_FOLDER...}: applies realm-config to a running
 * Keycloak. Credentials come from the environment only, never the command line (process lists show it):
 * {@code MYPAGE_APPLY_USERNAME} / {@code MYPAGE_APPLY_PASSWORD} (an admin of the admin realm, through
 * {@code admin-cli}), or {@code MYPAGE_APPLY_CLIENT_ID} / {@code MYPAGE_APPLY_CLIENT_SECRET} (a service account
 * with the realm-admin role, or create-realm for the first apply). Exit status 0 when applied (changed or not),
 * 1 when it failed, 2 on wrong usage.
 */
public final class RealmApplyCommand {

    static final String USAGE = """
            Usage: java -jar mypage-realm-apply.jar [--server URL] FILE_OR_FOLDER...
              Applies realm-config (folders of *.json files, or files) to a running Keycloak.
              --server URL   Keycloak's base URL (default: MYPAGE_APPLY_SERVER, else http://localhost:8080)
              Environment:   MYPAGE_APPLY_USERNAME / MYPAGE_APPLY_PASSWORD, or MYPAGE_APPLY_CLIENT_ID /
                             MYPAGE_APPLY_CLIENT_SECRET; MYPAGE_APPLY_AUTH_REALM (default master);
                             and the ${NAME} placeholders of realm-config.
            """;

    private RealmApplyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        String server = env.getOrDefault("MYPAGE_APPLY_SERVER", "http://localhost:8080");
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server") && i + 1 < args.length) {
                server = args[++i];
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                System.out.print(USAGE);
                return 0;
            } else if (args[i].startsWith("-")) {
                System.err.print("realm-apply: unknown option " + args[i] + "\n" + USAGE);
                return 2;
            } else {
                sources.add(Path.of(args[i]));
            }
        }
        if (sources.isEmpty()) {
            System.err.print(USAGE);
            return 2;
        }
        try {
            AdminClient.Credentials credentials = credentials(env);
            RealmConfig config = RealmConfig.load(sources);
            System.out.println("realm-apply: realm " + config.name() + " from " + sources + " to " + server);
            Changes changes = new RealmApplier(new AdminClient(server, credentials), System.out::println).apply(config);
            System.out.println(
                    changes.none()
                            ? "realm-apply: no changes"
                            : "realm-apply: " + changes.lines().size() + " change(s) applied");
            return 0;
        } catch (ConfigException e) {
            System.err.println("realm-apply: " + e.getMessage());
            return 1;
        }
    }

    /** The admin credentials from the environment (shared with the legacy import command). */
    public static AdminClient.Credentials credentials(Map<String, String> env) {
        String realm = env.getOrDefault("MYPAGE_APPLY_AUTH_REALM", "master");
        String secret = env.get("MYPAGE_APPLY_CLIENT_SECRET");
        if (secret != null && !secret.isEmpty()) {
            return new AdminClient.Credentials(
                    realm, env.getOrDefault("MYPAGE_APPLY_CLIENT_ID", "mypage-realm-apply"), secret, null, null);
        }
        String user = env.get("MYPAGE_APPLY_USERNAME");
        String password = env.get("MYPAGE_APPLY_PASSWORD");
        if (user == null || password == null) {
            throw new ConfigException(
                    "set MYPAGE_APPLY_USERNAME and MYPAGE_APPLY_PASSWORD, or MYPAGE_APPLY_CLIENT_ID and"
                            + " MYPAGE_APPLY_CLIENT_SECRET");
        }
        return new AdminClient.Credentials(
                realm, env.getOrDefault("MYPAGE_APPLY_CLIENT_ID", "admin-cli"), null, user, password);
    }
}
