package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run), one browser
 * per test. Screenshots go to target/screenshots. Without a browser on the machine the tests are skipped, unless
 * QUANZE_BROWSER_TESTS=required (CI sets it).
 */
abstract class BrowserTest {
    @LocalServerPort
    int port;

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** axe-core from npm, installed by the build's axe profile (api/pom.xml) from src/test/axe/package-lock.json. */
    static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");
    /** The rules the page is held to: WCAG 2.1 A and AA, which GB/T 37668-2019 follows for web content. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    quanze.engine.RuleBase rules;

    WebDriver browser;
    WebDriverWait wait;
    Path downloads;

    @BeforeAll
    static void startDriver() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("QUANZE_BROWSER_TESTS"))) {
            throw new IllegalStateException("QUANZE_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "no chromium/chromedriver on this machine: apt-get install chromium chromium-driver");
        if (!Files.isReadable(AXE)) {
            throw new IllegalStateException(AXE + " is missing: install npm (the build's axe profile then installs axe-core)");
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory("quanze-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags this machine's closed network needs (no background connections), and a fresh profile
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("quanze-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // one chromedriver per browser: quitting the browser stops its driver
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String user) {
        browser.get(base());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("who-name")));
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /**
     * Runs axe-core's WCAG 2.1 A/AA rules on the view as it is now and fails on any serious or critical violation,
     * naming the rule, what it asks and the elements that break it.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String view) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            try {
                js.executeScript(Files.readString(AXE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' → '
                             + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """, WCAG_21_AA);
        assertThat((List<String>) answer).as("axe-core WCAG 2.1 A/AA, serious or critical, on " + view).isEmpty();
    }

    void shot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }
}
