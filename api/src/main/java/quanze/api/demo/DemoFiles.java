package quanze.api.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;

/** Demo profile: the demo catalogs to download, so a new user has a workbook to upload and try. */
@RestController
@Profile("demo")
class DemoFiles {
    record DemoFile(String name, String kind, String title) {
    }

    static final List<DemoFile> FILES = List.of(
            new DemoFile("tongwei-delegations.xlsx", "delegations", "通渭县赋权事项清单（演示，Excel）"),
            new DemoFile("tongwei-delegations.csv", "delegations", "通渭县赋权事项清单（演示，CSV）"),
            new DemoFile("tongwei-responsibilities.csv", "responsibilities", "通渭县属地管理主体责任和配合责任清单（演示）"),
            new DemoFile("tongwei-admissions.csv", "admissions", "通渭县职责准入申请（演示）"),
            new DemoFile("tongwei-burdens.csv", "burdens", "通渭县一票否决、责任状和考核事项清单（演示）"),
            new DemoFile("tongwei-townships.csv", "townships", "通渭县乡镇（街道）名册（演示）"));

    @GetMapping("/api/v1/demo/files")
    List<DemoFile> files() {
        return FILES;
    }

    @GetMapping("/api/v1/demo/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String name) throws IOException {
        DemoFile f = FILES.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("没有名为“" + name + "”的演示清单"));
        byte[] bytes = new ClassPathResource("demo/" + f.name()).getContentAsByteArray();
        return ResponseEntity.ok()
                .contentType(name.endsWith(".xlsx")
                        ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name()).build().toString())
                .body(bytes);
    }
}
