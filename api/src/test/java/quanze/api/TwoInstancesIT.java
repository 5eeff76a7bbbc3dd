package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import quanze.cli.Generate;

/**
 * Two service instances, started here from the built jar on loopback ports, on one PostgreSQL database, under mixed
 * load (decisions, authority queries, small imports and one large one, wrong passwords): nothing is lost, the log is
 * one unbroken chain, each list's versions are consecutive with one current, and a lockout counted on one instance
 * holds on the other. The load runs {@code quanze.load.seconds} (20 in the test run; 300 for docs/scaling.md) and
 * prints each instance's throughput.
 */
class TwoInstancesIT {
    static final Path DIR = Path.of("target", "two-instances");
    static final Duration LOAD = Duration.ofSeconds(Long.getLong("quanze.load.seconds", 20));
    static final String ADMIN = "admin:two-instances";
    static final String EDITOR = "editor:two-instances";

    @Test
    void twoInstancesOnOneDatabaseLoseNothingAndKeepOneChain() throws Exception {
        assumeTrue(TestDatabase.postgres(), "两个实例共用一个数据库只在 PostgreSQL 上检验（-Dquanze.test.db=postgres）");
        if (!Files.exists(DIR.resolve("delegations.csv"))) {
            Generate.run(new String[] {"generate", "--townships", "30", "--items-per-township", "300", "--out", DIR.toString()},
                    System.out, System.err);
        }
        TestDatabase.Db db = TestDatabase.fresh("two-instances");
        List<ServiceProcess> instances = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            // both at once: Flyway's lock lets one migrate while the other waits
            Future<ServiceProcess> a = pool.submit(() -> start(db, "a"));
            Future<ServiceProcess> b = pool.submit(() -> start(db, "b"));
            instances.add(a.get());
            instances.add(b.get());
            ServiceClient one = instances.get(0).client();
            ServiceClient two = instances.get(1).client();
            assertThat(one.put("/api/v1/admin/accounts/editor", ADMIN, "{\"password\":\"two-instances\",\"role\":\"EDITORIAL\"}")
                    .status()).isIn(200, 201);
            assertThat(two.upload("townships", DIR.resolve("townships.csv"), EDITOR).status()).isEqualTo(201);

            Load load = new Load();
            Future<ServiceClient.Answer> big = pool.submit(() -> one.upload("delegations", DIR.resolve("delegations.csv"), EDITOR));
            long deadline = System.nanoTime() + LOAD.toNanos();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < deadline) {
                        int at = (worker + i) % 2;
                        load.run(instances.get(at).client(), "abcd".charAt(at), worker * 1_000_000 + i++);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            ServiceClient.Answer imported = big.get();
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            load.print();
            assertThat(load.failures).as("5xx 或意外状态").isEmpty();

            // a parameter table put in force on one instance is in force on the other
            Path table = Files.writeString(DIR.resolve("parameters.csv"), Files.readString(
                    Path.of("..", "rules", "src", "main", "resources", "quanze", "profile", "parameters.csv"))
                    + "\n");
            String put = one.multipart("PUT", "/api/v1/admin/parameters", table, ADMIN).body();
            String version = JsonPath.read(put, "$.ruleSetVersion");
            assertThat(two.get("/api/v1/rules/parameters", null).body()).contains(version);

            // a lockout counted on two instances holds on both
            for (int i = 0; i < 5; i++) {
                assertThat(instances.get(i % 2).client().get("/api/v1/admissions", "editor:wrong" + i).status()).isEqualTo(401);
            }
            for (ServiceProcess x : instances) {
                assertThat(x.client().get("/api/v1/admissions", EDITOR).body()).contains("账号已临时锁定");
            }

            String verified = two.get("/api/v1/decisions/verify", ADMIN).body();
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                long stored = single(c, "select count(*) from decision where import_id is null");
                assertThat(stored).as("每个 201 的决定都在日志中").isEqualTo(load.decided.sum());
                long all = single(c, "select count(*) from decision");
                assertThat(verified).contains("\"intact\":true").contains("\"checked\":" + all);
                for (String id : load.imports) {
                    assertThat(single(c, "select count(*) from catalog_import where id = '" + id + "' and version is not null"))
                            .isEqualTo(1);
                }
                ResultSet series = c.createStatement().executeQuery("select county, kind, count(*), max(version),"
                        + " sum(case when is_current then 1 else 0 end) from catalog_import group by county, kind");
                while (series.next()) {
                    assertThat(series.getInt(4)).as("版本连续：%s %s", series.getString(1), series.getString(2))
                            .isEqualTo(series.getInt(3));
                    assertThat(series.getInt(5)).as("只有一个现行版本").isEqualTo(1);
                }
            }
        } finally {
            pool.shutdownNow();
            for (ServiceProcess x : instances) {
                x.stop();
            }
        }
    }

    /** The mixed load: per instance and kind of request, how many were answered and how fast. */
    static final class Load {
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        final LongAdder decided = new LongAdder();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> imports = java.util.Collections.synchronizedList(new ArrayList<>());
        final long started = System.nanoTime();
        final AtomicInteger round = new AtomicInteger();

        void run(ServiceClient at, char instance, int i) throws Exception {
            switch (i % 10) {
                case 0, 1, 2 -> {
                    ServiceClient.Answer r = at.post("/api/v1/decisions/burdens", EDITOR, "{\"code\":\"QL-L" + i
                            + "\",\"name\":\"招商引资一票否决\",\"type\":\"一票否决\",\"settingUnit\":\"县商务局\",\"issuerLevel\":\"县级\"}");
                    count(instance, "决定", r, 201);
                    if (r.status() == 201) {
                        decided.increment();
                    }
                }
                case 3 -> {
                    if (round.incrementAndGet() % 5 == 0) {
                        ServiceClient.Answer r = at.upload("burdens", Path.of("..", "demo", "tongwei-burdens.csv"), EDITOR);
                        count(instance, "导入", r, 201);
                        if (r.status() == 201) {
                            imports.add(JsonPath.read(r.body(), "$.id"));
                        }
                    }
                }
                default -> count(instance, "查询", at.get("/api/v1/townships/" + (620000100 + i % 30) + "/authorities?size=20",
                        null), 200);
            }
        }

        void count(char instance, String kind, ServiceClient.Answer r, int expected) {
            counts.computeIfAbsent(instance + " " + kind, k -> new LongAdder()).increment();
            if (r.status() != expected) {
                failures.add(instance + " " + kind + " " + r.status() + " " + r.body());
            }
        }

        void print() {
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> sorted = new TreeMap<>();
            counts.forEach((k, v) -> sorted.put(k, v.sum()));
            sorted.forEach((k, v) -> System.out.printf("[two-instances] 实例 %s：%d 次，%.1f 次/秒%n", k, v, v / seconds));
            System.out.printf("[two-instances] %.0f 秒混合负载，决定 %d 条入日志%n", seconds, decided.sum());
        }
    }

    static long single(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static ServiceProcess start(TestDatabase.Db db, String name) throws Exception {
        return ServiceProcess.start(DIR.resolve("instance-" + name + ".log"), db, Duration.ofSeconds(120),
                List.of("-Xmx512m"), "--quanze.admin.password=two-instances");
    }
}
