package quanze.api.demo;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import quanze.api.StartRefusal;

/**
 * The demo profile's beans ({@code @Profile("demo")}) are chosen when the context is built. A start with
 * {@code -Dspring.aot.enabled=true} (bin/quanze-install, docs/scaling.md) uses the bean definitions the build
 * fixed without that profile, so demo data and accounts would silently be missing: such a start is refused instead.
 */
@Component
class DemoNeedsPlainStart {
    DemoNeedsPlainStart(Environment environment) {
        if (AotDetector.useGeneratedArtifacts() && environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new StartRefusal("演示模式不能与 -Dspring.aot.enabled=true 同时使用",
                    "演示模式（--spring.profiles.active=demo）不能与 -Dspring.aot.enabled=true 同时使用："
                            + "预先生成的 Bean 定义不含演示数据和演示账号。",
                    "演示时去掉 -Dspring.aot.enabled=true 启动（java -jar quanze.jar --spring.profiles.active=demo）；"
                            + "生产环境不启用演示模式。");
        }
    }
}
