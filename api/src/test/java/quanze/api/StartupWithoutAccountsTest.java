package quanze.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** api.md: without the demo profile there are no default accounts, and the service says how to add one. */
class StartupWithoutAccountsTest {

    @Test
    void withoutDemoProfileOrAdminPasswordTheServiceRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(QuanzeApplication.class)
                .run(args("--quanze.admin.password=", "no-accounts")).close())
                .hasMessage("没有任何账号");
    }

    @Test
    void anAdminPasswordIsEnoughToStart() {
        new SpringApplicationBuilder(QuanzeApplication.class)
                .run(args("--quanze.admin.password=s3cret-for-test", "admin-only")).close();
    }

    private static String[] args(String password, String database) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", password));
        args.addAll(TestDatabase.fresh(database).args());
        return args.toArray(String[]::new);
    }
}
