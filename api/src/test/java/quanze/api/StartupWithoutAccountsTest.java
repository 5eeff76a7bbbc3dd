package quanze.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** api.md: without the demo profile there are no default accounts, and the service says how to add one. */
class StartupWithoutAccountsTest {

    @Test
    void withoutDemoProfileOrAdminPasswordTheServiceRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(QuanzeApplication.class)
                .run("--server.port=0", "--quanze.admin.password=",
                        "--spring.datasource.url=jdbc:h2:mem:no-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE").close())
                .hasMessage("没有任何账号");
    }

    @Test
    void anAdminPasswordIsEnoughToStart() {
        new SpringApplicationBuilder(QuanzeApplication.class)
                .run("--server.port=0", "--quanze.admin.password=s3cret-for-test",
                        "--spring.datasource.url=jdbc:h2:mem:admin-only;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE").close();
    }
}
