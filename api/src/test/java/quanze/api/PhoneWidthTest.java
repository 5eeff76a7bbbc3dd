package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The page as a township clerk meets it on a phone (390×844, the emulation) and as a reviewer meets it on a
 * 1366-wide laptop: no view scrolls sideways, a result row leads with its verdict and the item's name, and every view
 * still passes the accessibility check at phone width. Screenshots phone-*.png and laptop-*.png in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PhoneWidthTest extends BrowserTest {
    /** A view: where it is, the element that says it has drawn, and the account that sees it. */
    record View(String name, String path, String ready, String user) {
    }

    List<View> views() {
        String delegations = jdbc.sql("select id from catalog_import where kind = 'delegations' and is_current"
                + " order by created_at limit 1").query(String.class).single();
        return List.of(
                new View("login", "#/login", "#login-form", null),
                new View("rules", "#/rules", "#rules-list .rule", null),
                new View("imports", "#/imports", "#upload-form", "editorial"),
                new View("import-result", "#/imports/" + delegations, "#row-table tr[data-outcome]", "editorial"),
                new View("decisions", "#/decisions?kind=DELEGATION", "#decision-table tr[data-outcome]", "justice"),
                new View("authorities", "#/authorities", "#authority-table tr[data-item]", "township-621121106"),
                new View("responsibilities", "#/responsibilities", "#responsibility-table tr[data-matter]", "township-621121106"),
                new View("admissions", "#/admissions", ".admission", "township-621121106"));
    }

    @Test
    void onAPhoneNoViewScrollsSidewaysAndEachResultRowLeadsWithItsVerdictAndItem() {
        emulate(390, 844, true);
        for (View view : views()) {
            open(view);
            assertNoSidewaysScroll(view.name() + " at 390");
            assertAccessible(view.name() + " at 390");
            shot("phone-" + view.name());
        }
        // a row of the import result is a card: 结论 first, then the item's code and name, each cell inside the screen
        open(views().get(3));
        WebElement row = browser.findElement(By.cssSelector("#row-table tr[data-outcome]"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        WebElement verdict = cells.stream().filter(c -> !c.findElements(By.cssSelector(".outcome")).isEmpty()).findFirst().orElseThrow();
        WebElement item = cells.get(2);
        assertThat(verdict.getRect().getY()).as("结论 above the item").isLessThan(item.getRect().getY());
        assertThat(cells.stream().filter(c -> c != verdict && c != item)).allSatisfy(c ->
                assertThat(c.getRect().getY()).as("结论 and the item before the other cells").isGreaterThan(item.getRect().getY()));
        assertThat(cells).allSatisfy(c -> assertThat(c.getRect().getX() + c.getRect().getWidth()).isLessThanOrEqualTo(390));
        script("document.querySelector('#row-table').scrollIntoView()");
        shot("phone-import-result-rows");
        // the charts keep their text at a readable size
        Number smallest = (Number) script("return Math.min(...[...document.querySelectorAll('#chart-rules text')]"
                + ".map(t => t.getBoundingClientRect().height))");
        assertThat(smallest.doubleValue()).as("chart label height in CSS px").isGreaterThanOrEqualTo(11);
    }

    @Test
    void onALaptopNoViewScrollsSideways() {
        emulate(1366, 768, false);
        for (View view : views()) {
            open(view);
            assertNoSidewaysScroll(view.name() + " at 1366");
            shot("laptop-" + view.name());
        }
    }

    private void emulate(int width, int height, boolean mobile) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private String signedInAs;

    private void open(View view) {
        if (view.user() != null && !view.user().equals(signedInAs)) {
            browser.get(base() + "#/login");
            script("sessionStorage.clear()");
            signIn(view.user());
            signedInAs = view.user();
        }
        browser.get(base() + view.path());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(view.ready())));
    }

    private void assertNoSidewaysScroll(String where) {
        Map<?, ?> widths = (Map<?, ?>) script("return {page: document.documentElement.scrollWidth,"
                + " view: document.documentElement.clientWidth,"
                + " widest: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right >"
                + "   document.documentElement.clientWidth + 1 && !e.closest('.scroll-x')).slice(0, 5)"
                + "   .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))"
                + "   .join(', ')}");
        assertThat(((Number) widths.get("page")).intValue()).as(where + ": page width (wider: " + widths.get("widest") + ")")
                .isLessThanOrEqualTo(((Number) widths.get("view")).intValue());
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }
}
