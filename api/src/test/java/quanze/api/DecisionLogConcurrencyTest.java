package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import quanze.cli.Generate;

/**
 * The decision log never forks and catalog versions never repeat, whatever runs at the same time: decisions posted
 * while a large import runs, and uploads of one county's list at once (issue: production; on H2 and PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DecisionLogConcurrencyTest {
    static final Path DIR = Path.of("target", "concurrency");
    static final String EDITOR = "editorial:demo";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void generate() {
        if (!Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", "45", "--items-per-township", "200", "--out", DIR.toString()},
                    System.out, System.err);
        }
    }

    @Test
    void decisionsPostedWhileALargeImportRunsLeaveOneUnbrokenChain() throws Exception {
        ServiceClient service = new ServiceClient(port);
        assertThat(service.upload("townships", DIR.resolve("townships.csv"), EDITOR).status()).isEqualTo(201);
        long before = jdbc.sql("select count(*) from decision").query(Long.class).single();
        CompletableFuture<ServiceClient.Answer> big = CompletableFuture.supplyAsync(() -> {
            try {
                return service.upload("delegations", DIR.resolve("delegations.csv"), EDITOR);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = "{\"code\":\"QL-C" + i + "\",\"name\":\"招商引资一票否决\",\"type\":\"一票否决\","
                        + "\"settingUnit\":\"县商务局\",\"issuerLevel\":\"县级\"}";
                posted.add(pool.submit(() -> service.post("/api/v1/decisions/burdens", "justice:demo", body).status()));
            }
            for (Future<Integer> f : posted) {
                assertThat(f.get()).isEqualTo(201);
            }
            // the decisions did not wait for the import: it was still running when the last was stored
            assertThat(big).as("导入应仍在进行，否则本测试未能检验并发").isNotDone();
        } finally {
            pool.shutdown();
        }
        assertThat(big.get().status()).as(big.get().body()).isEqualTo(201);
        long after = jdbc.sql("select count(*) from decision").query(Long.class).single();
        assertThat(after - before).isEqualTo(40 + 45 * 200);
        ServiceClient.Answer verified = service.get("/api/v1/decisions/verify", "justice:demo");
        assertThat(verified.body()).contains("\"intact\":true").contains("\"checked\":" + after);
    }

    @Test
    void fourUploadsOfOneListAtOnceGiveFourConsecutiveVersionsAndOneCurrent() throws Exception {
        ServiceClient service = new ServiceClient(port);
        Path list = Path.of("..", "demo", "tongwei-burdens.csv");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<ServiceClient.Answer>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                uploads.add(pool.submit(() -> service.upload("burdens", list, EDITOR)));
            }
            for (Future<ServiceClient.Answer> f : uploads) {
                assertThat(f.get().status()).as(f.get().body()).isEqualTo(201);
                ids.add(JsonPath.read(f.get().body(), "$.id"));
            }
        } finally {
            pool.shutdown();
        }
        String county = jdbc.sql("select county from catalog_import where id = ?").param(ids.get(0)).query(String.class).single();
        List<Integer> versions = jdbc.sql("select version from catalog_import where kind = 'burdens' and county = ? order by version")
                .param(county).query(Integer.class).list();
        int last = versions.get(versions.size() - 1);
        assertThat(versions).endsWith(last - 3, last - 2, last - 1, last);
        assertThat(jdbc.sql("select version from catalog_import where kind = 'burdens' and county = ? and is_current")
                .param(county).query(Integer.class).list()).containsExactly(last);
        assertThat(jdbc.sql("select count(*) from catalog_import where kind = 'burdens' and county = ? and version >= ?"
                + " and id in (?, ?, ?, ?)").params(county, last - 3, ids.get(0), ids.get(1), ids.get(2), ids.get(3))
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void twoTownshipsAnsweringAtOnceBothKeepTheirOpinionAndOneNumberIsRegisteredOnce() throws Exception {
        ServiceClient service = new ServiceClient(port);
        String request = AdmissionAndBurdenTest.request("ZR-CONC", "")
                .replace("[{\"township\":\"常家河镇\",\"opinion\":\"同意\"}]", "[]");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> service.post("/api/v1/admissions", EDITOR, request).status());
            Future<Integer> second = pool.submit(() -> service.post("/api/v1/admissions", EDITOR, request).status());
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
            String opinion = "{\"opinion\":\"同意\",\"reason\":\"已落实\"}";
            Future<Integer> changjiahe = pool.submit(() ->
                    service.post("/api/v1/admissions/ZR-CONC/opinions", "township-621121104:demo", opinion).status());
            Future<Integer> longyang = pool.submit(() ->
                    service.post("/api/v1/admissions/ZR-CONC/opinions", "township-621121106:demo", opinion).status());
            assertThat(List.of(changjiahe.get(), longyang.get())).containsOnly(200);
        } finally {
            pool.shutdown();
        }
        String view = service.get("/api/v1/admissions/ZR-CONC", "justice:demo").body();
        assertThat(JsonPath.<List<String>>read(view, "$.request.opinions[*].township")).containsExactlyInAnyOrder("常家河镇", "陇阳镇");
        assertThat(JsonPath.<List<String>>read(view, "$.decisionHistory")).hasSize(3);
    }
}
