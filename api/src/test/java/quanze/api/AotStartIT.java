package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as bin/quanze-install tells operators to start it: with the bean definitions Spring's AOT step
 * wrote at build time ({@code -Dspring.aot.enabled=true}, issue #17 item 3). It must start from them, keep its
 * security and rules, and refuse the demo profile, whose beans the build left out.
 */
class AotStartIT {
    static final List<String> AOT = List.of("-Dspring.aot.enabled=true");

    @Test
    void startedFromTheBuildsBeanDefinitionsItDecidesAndGuardsAsUsual() throws Exception {
        ServiceProcess service = ServiceProcess.start(Path.of("target", "aot-start-it.log"), TestDatabase.fresh("aot"),
                Duration.ofSeconds(90), AOT, "--quanze.admin.password=aot-admin-pw");
        try {
            assertThat(Files.readString(service.log())).contains("Starting AOT-processed QuanzeApplication");
            ServiceClient client = service.client();
            assertThat(client.post("/api/v1/decisions/delegations", null, "{}").status()).isEqualTo(401);
            assertThat(client.put("/api/v1/admin/accounts/bianban", "admin:aot-admin-pw",
                    "{\"password\":\"bianban-pw-1\",\"role\":\"EDITORIAL\"}").status()).isEqualTo(200);
            assertThat(client.upload("townships", Path.of("..", "demo", "tongwei-townships.csv"), "bianban:bianban-pw-1")
                    .status()).isEqualTo(201);
            ServiceClient.Answer res = client.post("/api/v1/decisions/delegations", "bianban:bianban-pw-1", """
                    {"itemCode":"TW-JC-002","itemName":"对食品小作坊的监督检查","category":"行政检查","legalBasis":"条例",
                     "fromDepartment":"县市场监督管理局","receiver":"寺子川乡","mode":"下放","townshipOpinion":"同意",
                     "support":["人员"]}""");
            assertThat(res.status()).as(res.body()).isEqualTo(201);
            assertThat(res.body()).contains("\"outcome\":\"DENY\"").contains("\"ruleId\":\"DLG-07\"");
            // a bad body is still the problem document naming the field, not a stack trace
            ServiceClient.Answer bad = client.post("/api/v1/decisions/delegations", "bianban:bianban-pw-1", "{\"itemCode\":1");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).doesNotContain("Exception");
        } finally {
            service.stop();
        }
    }

    @Test
    void theDemoProfileIsRefusedWithAReasonInsteadOfStartingWithoutItsData() throws Exception {
        Path log = Path.of("target", "aot-demo-it.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(AOT);
        command.addAll(List.of("-jar", System.getProperty("quanze.jar", "target/quanze.jar"), "--server.port=0",
                "--spring.profiles.active=demo"));
        command.addAll(TestDatabase.fresh("aotdemo").args());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("服务应拒绝启动，见 %s", log).isTrue();
        assertThat(p.exitValue()).isNotZero();
        String out = Files.readString(log);
        assertThat(out).contains("APPLICATION FAILED TO START")
                .contains("演示模式（--spring.profiles.active=demo）不能与 -Dspring.aot.enabled=true 同时使用");
    }
}
