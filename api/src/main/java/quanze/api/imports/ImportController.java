package quanze.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import quanze.api.problem.ApiException;
import quanze.api.security.QuanzeUser;
import quanze.sheet.ImportFailure;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportSummary> upload(@RequestParam String kind, @RequestPart("file") MultipartFile file,
                                         @RequestParam(required = false) String county,
                                         @AuthenticationPrincipal QuanzeUser user) throws ImportFailure, IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            ImportSummary summary = imports.importFile(kind, name, in, user.username(), county);
            return ResponseEntity.created(URI.create("/api/v1/imports/" + summary.id())).body(summary);
        }
    }

    @GetMapping("/{id}")
    ImportSummary one(@PathVariable String id) {
        return imports.find(id).orElseThrow(() -> notFound(id));
    }

    /** The annotated workbook of formats.md. */
    @GetMapping("/{id}/report")
    ResponseEntity<byte[]> report(@PathVariable String id) {
        ImportSummary summary = imports.find(id).orElseThrow(() -> notFound(id));
        byte[] report = imports.report(id).orElseThrow(() -> ApiException.notFound("“" + summary.kind()
                + "”导入没有审查报告：履职事项清单只登记，供审查其他清单时对照"));
        String base = summary.fileName().replaceAll("\\.(xlsx|csv|txt)$", "");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("审查报告-" + base + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(report);
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("没有编号为“" + id + "”的导入");
    }
}
