package quanze.api.demo;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * api.md "Accounts, profiles and start-up": in the demo profile the service says UP only once the demo catalogs are
 * imported, so a client that imports right after UP does not race the demo loader. Until then /actuator/health and
 * /actuator/health/readiness answer OUT_OF_SERVICE (503).
 */
@Component("demoCatalogs")
@Profile("demo")
class DemoReadiness implements HealthIndicator {
    private final AtomicBoolean loaded = new AtomicBoolean();

    void loaded() {
        loaded.set(true);
    }

    @Override
    public Health health() {
        return loaded.get() ? Health.up().build() : Health.outOfService().withDetail("demo", "正在导入演示数据").build();
    }
}
