package quanze.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import quanze.api.StartRefusal;

/**
 * api.md: without the demo profile there are no default accounts. QUANZE_ADMIN_PASSWORD creates or
 * updates the "admin" account; with no account at all the service refuses to start and says how.
 */
@Component
@Order(100)
class AccountCheck implements ApplicationRunner {
    private final Accounts accounts;
    private final String adminPassword;

    AccountCheck(Accounts accounts, @Value("${quanze.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminPassword.isBlank()) {
            accounts.save("admin", adminPassword, Role.ADMIN, null);
        }
        if (accounts.count() == 0) {
            throw new StartRefusal("没有任何账号", "没有配置任何账号，服务拒绝启动（非演示模式下不创建默认账号）。",
                    "设置环境变量 QUANZE_ADMIN_PASSWORD 创建管理员账号 admin 后重新启动；"
                            + "或以演示模式启动：--spring.profiles.active=demo（演示账号密码见 QUANZE_DEMO_PASSWORD，默认 demo）。");
        }
    }
}
