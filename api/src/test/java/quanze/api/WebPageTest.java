package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run):
 * the clerk's path (sign in, upload the demo workbook, find what may not be handed down and why, download
 * the report), import errors, the township's path and the rule page. Screenshots go to target/screenshots.
 * Without a browser on the machine the tests are skipped, unless QUANZE_BROWSER_TESTS=required (CI sets it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class WebPageTest extends BrowserTest {
    @Test
    void aClerkUploadsTheDemoWorkbookAndFindsTheRowsThatMayNotBeHandedDownAndWhy() throws Exception {
        signIn("editorial");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
        assertThat(browser.findElement(By.id("nav")).getText()).contains("清单导入审查", "决定记录", "规则与依据")
                .doesNotContain("本乡镇赋权事项");
        assertAccessible("清单导入审查");
        shot("01-imports");

        new Select(browser.findElement(By.id("kind"))).selectByValue("delegations");
        browser.findElement(By.id("file")).sendKeys(demoWorkbook().toString());
        browser.findElement(By.id("upload-submit")).click();

        WebElement counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-counts")));
        // the tab names the view and focus is on its heading, not back at the top of the page (WCAG 2.4.2, 2.4.3)
        wait.until(d -> d.getTitle().startsWith("导入结果 · "));
        assertThat(browser.getTitle()).isEqualTo("导入结果 · 赋权事项清单：tongwei-delegations.xlsx · quanze");
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h1");
        // what needs action first: 不得下放 rows lead the table, the item's name beside its code
        assertThat(browser.findElement(By.cssSelector("#row-table tr[data-outcome]")).getAttribute("data-outcome")).isEqualTo("DENY");
        // a filter menu applies when confirmed, not while the keyboard moves through it (WCAG 3.2.2)
        String before = browser.getCurrentUrl();
        WebElement menu = browser.findElement(By.id("row-outcome"));
        menu.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        Thread.sleep(300);
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        new Select(browser.findElement(By.id("row-outcome"))).selectByValue("CORRECT");
        browser.findElement(By.id("row-filter-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("outcome=CORRECT"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-counts")));
        assertThat(browser.findElements(By.cssSelector("#row-table tr[data-outcome]"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getAttribute("data-outcome")).isEqualTo("CORRECT"));
        browser.navigate().back();
        counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-counts")));
        // the demo list: 42 rows, of which 11 may not be handed down and 5 need correcting (README)
        assertThat(count("count-rows")).isEqualTo(42);
        assertThat(outcomeCount(counts, "DENY")).isEqualTo(11);
        assertThat(outcomeCount(counts, "CORRECT")).isEqualTo(5);
        assertThat(outcomeCount(counts, "ALLOW")).isEqualTo(26);
        assertThat(browser.findElements(By.cssSelector("#chart-rules g"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-townships g"))).isNotEmpty();
        // each chart has a name and a summary for a screen reader, and its entries as a list of links, names in full
        assertThat(browser.findElement(By.id("chart-rules-title")).getAttribute("textContent"))
                .startsWith("各规则发现问题的行数：共").contains("完整数据见图下列表");
        WebElement chartList = browser.findElement(By.id("chart-rules-list"));
        chartList.findElement(By.tagName("summary")).click();
        assertThat(chartList.findElements(By.cssSelector("li a")).stream().map(WebElement::getText))
                .contains("DLG-05 处罚权下放缺省级决定");
        assertThat(browser.findElement(By.cssSelector("#rule-table tr[data-rule='DLG-05']")).getText())
                .contains("处罚权下放缺省级决定", "XZCF 第二十四条");
        assertAccessible("导入结果");
        shot("02-import-result");

        counts.findElement(By.cssSelector("[data-outcome='DENY']")).click();
        wait.until(ExpectedConditions.urlContains("outcome=DENY"));
        wait.until(d -> !d.findElements(By.cssSelector("#row-table tr[data-outcome]")).isEmpty()
                && d.findElements(By.cssSelector("#row-table tr[data-outcome]")).stream()
                .allMatch(r -> "DENY".equals(r.getDomAttribute("data-outcome"))));
        List<WebElement> denied = browser.findElements(By.cssSelector("#row-table tr[data-outcome]"));
        assertThat(denied).allSatisfy(row -> {
            assertThat(row.findElements(By.cssSelector(".finding.sev-BLOCKING"))).isNotEmpty();
            assertThat(row.findElement(By.cssSelector(".finding .cite")).getText()).startsWith("依据：").hasSizeGreaterThan(5);
        });
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("row-table")));
        assertAccessible("导入结果（不得下放）");
        shot("03-denied-rows");

        browser.findElement(By.id("download-report")).click();
        Path report = waitForDownload();
        assertThat(report.getFileName().toString()).startsWith("审查报告-").endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("汇总")).isNotNull();
        }
    }

    @Test
    void aFileWithImportErrorsIsShownAsATableOfSheetRowAndColumnAndNothingIsStored() throws Exception {
        Path bad = Files.createTempFile("有错误的名册", ".csv");
        Files.writeString(bad, "乡镇代码,乡镇名称,类型,所属县（市、区）,规则配置,综合行政执法队伍,持证执法人员数\n"
                + "621121999,,镇,通渭县,GS,是,3\n621121998,新设镇,村,通渭县,GS,是,两人\n", StandardCharsets.UTF_8);
        int before = imports();
        signIn("justice");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
        new Select(browser.findElement(By.id("kind"))).selectByValue("townships");
        browser.findElement(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.id("upload-submit")).click();

        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-error-table")));
        List<WebElement> rows = table.findElements(By.cssSelector("tr")).subList(1, table.findElements(By.cssSelector("tr")).size());
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r.findElements(By.tagName("td"))).hasSize(4));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("未保存任何数据");
        assertThat(table.getText()).contains("乡镇名称");
        assertAccessible("导入错误");
        shot("04-import-errors");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aTownshipSeesItsOwnAuthoritiesResponsibilitiesAndRequestsAndGivesItsOpinion() {
        signIn("township-621121106");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("authority-table")));
        assertThat(browser.findElement(By.id("who-name")).getText()).contains("陇阳镇");
        assertThat(browser.findElement(By.id("nav")).getText()).doesNotContain("清单导入审查");
        int own = jdbc.sql("select count(*) from delegation_item d join catalog_import i on i.id = d.import_id"
                + " where i.is_current and d.township_code = '621121106'").query(Integer.class).single();
        assertThat(browser.findElement(By.cssSelector(".pager")).getText()).contains("共 " + own + " 条");
        assertThat(table.findElements(By.cssSelector("tr[data-item]"))).hasSize(Math.min(own, 50));
        assertAccessible("本乡镇赋权事项");
        shot("05-township-authorities");

        new Select(browser.findElement(By.id("auth-category"))).selectByValue("PENALTY");
        browser.findElement(By.id("auth-submit")).click();
        wait.until(ExpectedConditions.urlContains("category=PENALTY"));
        wait.until(d -> d.findElements(By.cssSelector("#authority-table tr[data-item]")).stream()
                .allMatch(r -> r.getText().contains("行政处罚")));

        browser.get(base() + "#/responsibilities");
        WebElement matters = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("responsibility-table")));
        assertThat(matters.findElements(By.cssSelector("tr[data-matter]"))).isNotEmpty();
        assertAccessible("本乡镇属地管理事项");
        shot("06-township-responsibilities");

        browser.get(base() + "#/admissions");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".admission[data-request='ZR-2026-101']")));
        card.findElement(By.name("reason")).sendKeys("有水管员，同意配合巡查");
        new Select(card.findElement(By.name("opinion"))).selectByValue("AGREE");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".admission[data-request='ZR-2026-101']")).getText().contains("本乡镇已提出意见"));
        assertAccessible("职责准入申请");
        shot("07-township-admission");

        // another township's import results are not for this account
        String importId = jdbc.sql("select id from catalog_import where kind = 'delegations' order by created_at limit 1")
                .query(String.class).single();
        browser.get(base() + "#/imports/" + importId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "无权"));
    }

    @Test
    void aTownshipDoesNotSeeRequestsAddressedToOthers() {
        signIn("township-621121100");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("authority-table")));
        browser.get(base() + "#/admissions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admission-results"), "目前没有向本乡镇提出的申请"));
        assertThat(browser.findElements(By.cssSelector(".admission"))).isEmpty();
    }

    @Test
    void theRulePageShowsEveryRuleWithTheSentenceItRestsOn() {
        browser.get(base() + "#/rules");
        WebElement rule = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rule[data-rule='DLG-05']")));
        assertThat(rule.getText()).contains("处罚权下放缺省级决定", "决定应当公布");
        int shown = browser.findElements(By.cssSelector("#rules-list .rule")).size();
        assertThat(shown).isEqualTo(ruleCount());
        assertThat(browser.findElements(By.xpath("//*[contains(text(),'未录入原文')]"))).isEmpty();
        assertAccessible("规则与依据");
        shot("08-rules");

        browser.findElement(By.cssSelector(".rule[data-rule='ASM-01'] a[href^='#/sources/TW6']")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-text mark")));
        assertThat(mark.getText().replaceAll("\\s", "")).isNotEmpty();
        assertAccessible("依据原文");
        shot("09-source-text");
    }

    @Test
    void aClerkSearchesTheDecisionLog() {
        signIn("justice");
        browser.get(base() + "#/decisions?kind=DELEGATION&outcome=DENY");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-table")));
        List<WebElement> rows = table.findElements(By.cssSelector("tr[data-outcome]"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getDomAttribute("data-outcome")).isEqualTo("DENY"));
        assertAccessible("决定记录");
        shot("10-decision-log");
        browser.findElement(By.id("verify-chain")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "验证通过"));
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageWithoutABrowserDialog() {
        browser.get(base() + "#/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        // a new user of the demo learns the accounts on the sign-in page itself
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demo-hint"), "editorial"));
        browser.findElement(By.id("username")).sendKeys("editorial");
        browser.findElement(By.id("password")).sendKeys("wrong");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "用户名或密码不正确"));
        assertAccessible("登录（密码错误）");
    }

    @Test
    void theAccessibilityCheckNamesTheRuleAndTheElementAViewBreaks() {
        browser.get(base() + "#/rules");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rule[data-rule='DLG-05']")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const i = document.createElement('img'); i.id = 'no-alt'; i.src = 'x.png'; document.getElementById('main').append(i)");
        assertThatThrownBy(() -> assertAccessible("规则与依据（加入一张没有替代文本的图片）"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("critical image-alt").hasMessageContaining("#no-alt");
    }

    // ---- helpers ----

    private int count(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().strip());
    }

    private static int outcomeCount(WebElement counts, String outcome) {
        return Integer.parseInt(counts.findElement(By.cssSelector("[data-outcome='" + outcome + "'] b")).getText().strip());
    }

    private int imports() {
        return jdbc.sql("select count(*) from catalog_import").query(Integer.class).single();
    }

    private int ruleCount() {
        return rules.rules().size();
    }

    private static Path demoWorkbook() throws Exception {
        File f = new ClassPathResource("demo/tongwei-delegations.xlsx").getFile();
        return f.toPath().toAbsolutePath();
    }

    private Path waitForDownload() throws Exception {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

}
