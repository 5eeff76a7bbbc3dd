package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import quanze.cli.Generate;

/**
 * A province-sized upload runs in the background and the page shows it moving: rows read, rows decided of all with
 * the time left, then saving, then the result. On a service of its own: it adds a generated county to the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ImportProgressPageTest extends BrowserTest {

    @Test
    void 三万行的清单上传后页面显示进度条随读取和审查前进直到给出结果() throws Exception {
        Path dir = Files.createTempDirectory("quanze-progress");
        Generate.run(new String[] {"generate", "--townships", "150", "--items-per-township", "200", "--seed", "11",
                "--out", dir.toString()}, System.out, System.err);
        assertThat(new ServiceClient(port).upload("townships", dir.resolve("townships.csv"), "editorial:demo").status())
                .isEqualTo(201);

        signIn("editorial");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
        new Select(browser.findElement(By.id("kind"))).selectByValue("delegations");
        browser.findElement(By.id("file")).sendKeys(dir.resolve("delegations.xlsx").toAbsolutePath().toString());
        browser.findElement(By.id("upload-submit")).click();

        // watch the bar until the result page shows: what it said, and the values it took
        Set<String> said = new LinkedHashSet<>();
        Set<String> values = new LinkedHashSet<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        boolean shot = false;
        while (browser.findElements(By.id("outcome-counts")).isEmpty()) {
            assertThat(System.nanoTime()).as("四分钟内未显示导入结果；进度：%s", said).isLessThan(deadline);
            try {
                assertThat(browser.findElements(By.id("import-errors")).stream().map(WebElement::getText)
                        .filter(t -> !t.isBlank()).toList()).as("导入不应失败").isEmpty();
                String text = browser.findElement(By.id("import-progress-text")).getText();
                String value = browser.findElement(By.id("import-bar")).getAttribute("value");
                said.add(text.replaceAll("（已用 \\d+ 秒）", ""));
                if (value != null) {
                    values.add(value);
                }
                if (!shot && text.startsWith("已审查")) {
                    shot("10-import-progress");
                    shot = true;
                }
            } catch (NoSuchElementException | StaleElementReferenceException gone) {
                // between two polls, or the result page is being drawn
            }
            Thread.sleep(100);
        }
        System.out.println("[progress] " + said + " bar " + values);
        // the bar moved: rows read rising while reading (how many there are is not known yet: no value), then the
        // share decided (how fast deciding goes decides how many of its steps a half-second poll sees), then full
        java.util.List<Integer> read = said.stream().filter(t -> t.startsWith("已读取"))
                .map(t -> Integer.parseInt(t.replaceAll("[^0-9]", ""))).toList();
        assertThat(read).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(read.get(read.size() - 1)).isGreaterThan(read.get(0));
        assertThat(said).anySatisfy(t -> assertThat(t).matches("已审查 [\\d,]+ / 30,000 行.*"));
        assertThat(values).contains("100");
        assertThat(browser.findElement(By.id("count-rows")).getText().strip()).isEqualTo("30000");
        shot("11-import-progress-done");
        // stored while it streamed past, batch after batch: every receiver's power with its decision, one chain
        String id = jdbc.sql("select id from catalog_import where kind = 'delegations' order by created_at desc limit 1")
                .query(String.class).single();
        long decisions = jdbc.sql("select count(*) from decision where import_id = ?").param(id).query(Long.class).single();
        assertThat(decisions).isGreaterThanOrEqualTo(30_000);
        assertThat(jdbc.sql("select count(*) from delegation_item where import_id = ?").param(id).query(Long.class).single())
                .isEqualTo(decisions);
        assertThat(jdbc.sql("select max(ordinal) from decision where import_id = ?").param(id).query(Long.class).single())
                .isEqualTo(decisions - 1);
        assertThat(new ServiceClient(port).get("/api/v1/decisions/verify", "justice:demo").body()).contains("\"intact\":true");
    }
}
