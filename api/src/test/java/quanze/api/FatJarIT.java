package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as users do ({@code java -jar quanze.jar} with the demo profile): the
 * rule base must build from inside the nested jars, the demo county load, and a decision answer.
 */
class FatJarIT {
    static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceProcess.start(Path.of("target", "fat-jar-it.log"), TestDatabase.fresh("fatjar"),
                Duration.ofSeconds(90), List.of(), "--spring.profiles.active=demo");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.stop();
        }
    }

    static int status(String path, String credentials) throws Exception {
        return service.client().get(path, credentials).status();
    }

    static String get(String path) throws Exception {
        return service.client().get(path, null).body();
    }

    @Test
    void healthIsUpOnlyOnceTheDemoCountyIsLoaded() throws Exception {
        assertThat(get("/actuator/health")).startsWith("{\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness")).isEqualTo("{\"status\":\"UP\"}");
        // the demo loader's last step, done by the time readiness said UP
        assertThat(status("/api/v1/admissions/ZR-2026-101", "editorial:demo")).isEqualTo(200);
        assertThat(get("/api/v1/townships")).contains("平襄镇");
        assertThat(get("/api/v1/townships/621121100/authorities")).contains("\"total\":25");
    }

    @Test
    void theRuleBaseBuiltInsideTheFatJarDecidesWithTheDecisionTable() throws Exception {
        String body = """
                {"itemCode":"TW-JC-002","itemName":"对食品小作坊的监督检查","category":"行政检查","legalBasis":"条例",
                 "fromDepartment":"县市场监督管理局","receiver":"寺子川乡","mode":"下放","townshipOpinion":"同意",
                 "support":["人员"]}""";
        ServiceClient.Answer res = service.client().post("/api/v1/decisions/delegations", "editorial:demo", body);
        assertThat(res.status()).isEqualTo(201);
        // DLG-07 only fires when the decision table 事项类别归类 marks 行政检查 as 执法类
        assertThat(res.body()).contains("\"outcome\":\"DENY\"").contains("\"ruleId\":\"DLG-07\"");
    }

}
