package jp.ocn.mypage.it.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the database the test server runs on. PostgreSQL when it answers on 127.0.0.1:5432 (what we
 * store is proven on the production database), H2 otherwise; {@code MYPAGE_TEST_DB=postgres} makes
 * PostgreSQL mandatory and {@code MYPAGE_TEST_DB=h2} forces H2. The PostgreSQL database is created fresh
 * for every test run; its name comes from {@code MYPAGE_TEST_DB_NAME} (default {@code mypage_it}).
 */
public record TestDatabase(String kind, String name, String jdbcUrl) {

    private static final String HOST = env("MYPAGE_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = env("MYPAGE_TEST_DB_PORT", "5432");
    static final String USER = env("MYPAGE_TEST_DB_USER", "postgres");

    public boolean isPostgres() {
        return kind.equals("postgres");
    }

    static TestDatabase choose() {
        String wanted = env("MYPAGE_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        String name = env("MYPAGE_TEST_DB_NAME", "mypage_it");
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("MYPAGE_TEST_DB_NAME must be a plain lower-case identifier: " + name);
        }
        if (wanted.equals("h2")) {
            return new TestDatabase("h2", "dev-file", null);
        }
        try {
            recreate(name);
            return new TestDatabase("postgres", name, "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name);
        } catch (SQLException e) {
            if (wanted.equals("postgres")) {
                throw new IllegalStateException(
                        "MYPAGE_TEST_DB=postgres but PostgreSQL at " + HOST + ":" + PORT + " is not usable: "
                                + e.getMessage(),
                        e);
            }
            System.out.println("[harness] PostgreSQL not reachable (" + e.getMessage() + "); using H2");
            return new TestDatabase("h2", "dev-file", null);
        }
    }

    /**
     * The cluster's database ({@link KeycloakCluster}): PostgreSQL only (two processes cannot share the embedded H2),
     * created fresh, named by {@code MYPAGE_TEST_CLUSTER_DB_NAME} (default: the run's database name + {@code _cluster}),
     * so the one-node server of the same run keeps its own.
     */
    static TestDatabase chooseForCluster() {
        String name = env("MYPAGE_TEST_CLUSTER_DB_NAME", env("MYPAGE_TEST_DB_NAME", "mypage_it") + "_cluster");
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException(
                    "MYPAGE_TEST_CLUSTER_DB_NAME must be a plain lower-case identifier: " + name);
        }
        try {
            recreate(name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the cluster tests need PostgreSQL at " + HOST + ":" + PORT + ": " + e.getMessage(), e);
        }
        return new TestDatabase("postgres", name, "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name);
    }

    /**
     * Whether the cluster tests can run: always tried under {@code MYPAGE_TEST_DB=postgres} (CI: a missing
     * PostgreSQL then fails the run), never under {@code h2}, otherwise when PostgreSQL answers.
     */
    static boolean clusterPossible() {
        String wanted = env("MYPAGE_TEST_DB", "auto").toLowerCase(Locale.ROOT);
        if (!wanted.equals("auto")) {
            return wanted.equals("postgres");
        }
        try (Connection ignored =
                DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A fresh PostgreSQL database of this name (e.g. the benchmark's stock server's own). */
    static TestDatabase freshPostgres(String name) {
        try {
            recreate(name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + ": " + e.getMessage(), e);
        }
        return new TestDatabase("postgres", name, "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name);
    }

    private static void recreate(String name) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** Keycloak command-line options selecting this database. */
    List<String> keycloakOptions() {
        if (!isPostgres()) {
            return List.of("--db=dev-file");
        }
        return List.of("--db=postgres", "--db-url=" + jdbcUrl, "--db-username=" + USER, "--db-password=unused");
    }

    /** Runs one SQL query on the test database (PostgreSQL only) and returns the first column of each row. */
    public List<String> query(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, USER, "");
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
