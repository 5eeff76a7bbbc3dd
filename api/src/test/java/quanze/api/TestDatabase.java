package quanze.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The database the API tests run on, switched for every test class by one property: {@code quanze.test.db} (system
 * property, or QUANZE_TEST_DB) is {@code h2} (the default: in memory) or {@code postgres} (a server at
 * {@code QUANZE_TEST_POSTGRES_URL}, by default jdbc:postgresql://localhost:5432/quanze, user and password
 * QUANZE_TEST_POSTGRES_USER / _PASSWORD, default quanze/quanze; the role needs CREATEDB). Every Spring test context
 * and every service a test starts gets a database of its own, made fresh (registered in META-INF/spring.factories).
 */
public final class TestDatabase implements ContextCustomizerFactory {
    static final String KIND = setting("quanze.test.db", "QUANZE_TEST_DB", "h2");
    private static final String PG_URL = setting("quanze.test.postgres.url", "QUANZE_TEST_POSTGRES_URL",
            "jdbc:postgresql://localhost:5432/quanze");
    private static final String PG_USER = setting("quanze.test.postgres.user", "QUANZE_TEST_POSTGRES_USER", "quanze");
    private static final String PG_PASSWORD = setting("quanze.test.postgres.password", "QUANZE_TEST_POSTGRES_PASSWORD", "quanze");
    /** H2 as the service runs it (application.properties), in memory. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();

    /** Where a database is: its JDBC URL and account. */
    public record Db(String url, String user, String password) {
        /** As command-line arguments of the service. */
        public List<String> args() {
            return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password);
        }

        Map<String, Object> properties() {
            return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                    "spring.datasource.password", password);
        }
    }

    static boolean postgres() {
        return KIND.equals("postgres");
    }

    /** A new, empty database (in memory for H2; it lives as long as this JVM). */
    public static Db fresh(String name) {
        String unique = name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase() + "_" + ProcessHandle.current().pid() + "_"
                + COUNT.incrementAndGet();
        if (!postgres()) {
            return new Db("jdbc:h2:mem:" + unique + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String db = "qt_" + unique;
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("create database " + db + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("无法在 " + PG_URL + " 上建立测试数据库 " + db + "：" + e.getMessage(), e);
        }
        synchronized (CREATED) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll));
            }
            CREATED.add(db);
        }
        return new Db(PG_URL.replaceFirst("/[^/?]*(\\?|$)", "/" + db + "$1"), PG_USER, PG_PASSWORD);
    }

    /** An H2 file (for a test that restarts the service on it), or a fresh PostgreSQL database. */
    public static Db file(java.nio.file.Path path) {
        return postgres() ? fresh(path.getFileName().toString())
                : new Db("jdbc:h2:file:" + path.toAbsolutePath() + H2_OPTIONS, "sa", "");
    }

    private static void dropAll() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            for (String db : CREATED) {
                s.execute("drop database if exists " + db + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("测试数据库未能删除：" + e.getMessage());
        }
    }

    private static String setting(String property, String env, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new FreshDatabase();
    }

    /** Gives each context it customises a new database; equal to every other, so contexts are cached as before. */
    static final class FreshDatabase implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("quanze-test-database", fresh("ctx").properties()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
