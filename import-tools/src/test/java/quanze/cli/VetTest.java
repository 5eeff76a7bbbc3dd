package quanze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quanze.importing.Fixtures;

class VetTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int vet(String... args) {
        return Vet.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void vettingTheDemoCountyWritesTheReportAndOneLinePerOutcome(@TempDir Path dir) {
        Path report = dir.resolve("报告.xlsx");
        int code = vet("vet", "--townships", Fixtures.DEMO_TOWNSHIPS.toString(), "--delegations",
                Fixtures.DEMO_DELEGATIONS.toString(), "--out", report.toString(), "--as-of", "2026-11-23");
        assertThat(code).isZero();
        assertThat(Files.exists(report)).isTrue();
        // not on a terminal (a test, a pipe, a script): no progress bar, nothing but the summary
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("已审查 42 行")
                .contains("ALLOW 可以下放：")
                .contains("CORRECT 需补正：")
                .contains("DENY 不得下放：");
    }

    @Test
    void theGeneratorIsSeededAndWritesEveryListInBothFormats(@TempDir Path dir) throws Exception {
        String[] args = {"generate", "--townships", "30", "--items-per-township", "10", "--seed", "7", "--out", ""};
        args[args.length - 1] = dir.resolve("a").toString();
        assertThat(Generate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
        args[args.length - 1] = dir.resolve("b").toString();
        Generate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        for (String kind : new String[] {"townships", "delegations", "responsibilities", "admissions"}) {
            assertThat(Files.exists(dir.resolve("a").resolve(kind + ".xlsx"))).isTrue();
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(kind + ".csv")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(kind + ".csv")));
        }
        assertThat(Files.readAllLines(dir.resolve("a").resolve("delegations.csv"))).hasSize(301);
        int code = vet("--townships", dir.resolve("a/townships.csv").toString(), "--delegations",
                dir.resolve("a/delegations.xlsx").toString(), "--responsibilities", dir.resolve("a/responsibilities.csv").toString(),
                "--admissions", dir.resolve("a/admissions.xlsx").toString(), "--out", dir.resolve("r.xlsx").toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void importErrorsAreListedAndExitWithTwo(@TempDir Path dir) {
        int code = vet("--townships", Fixtures.DEMO_TOWNSHIPS.toString(), "--delegations",
                Fixtures.fixture("三行错误的赋权清单.csv").toString(), "--out", dir.resolve("r.xlsx").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("导入失败，共3个问题")
                .contains("第3行“事项类别”列")
                .contains("第5行“承接主体”列")
                .contains("第6行“最近评估日期”列");
        assertThat(Files.exists(dir.resolve("r.xlsx"))).isFalse();
    }

    @Test
    void aMissingOutputIsExplainedAndExitsWithOne() {
        assertThat(vet("--townships", "a.csv", "--delegations", "b.csv")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少参数 --out");
    }

    @Test
    void withoutAnyListThereIsNothingToVet() {
        assertThat(vet("--townships", "a.csv", "--out", "r.xlsx")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("至少给出一个清单");
    }

    @Test
    void delegationsNeedTheTownshipRegistry() {
        assertThat(vet("--delegations", "b.csv", "--out", "r.xlsx")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("缺少参数 --townships");
    }
}
