package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import quanze.cli.Vet;

/**
 * The command line and the service's import go through one pipeline (quanze.importing.Pipeline): the same workbooks
 * vetted by {@code vet} and uploaded to the service come back with the same verdict, rule ids, messages and clauses
 * on every row of every list.
 */
class VetAndImportAgreeTest extends ApiTestBase {
    static final Path DEMO = Path.of("..", "demo");
    /** In the order the service's demo loads them: the delegation list first, as the others read who holds which power. */
    static final List<String> LISTS = List.of("delegations", "responsibilities", "admissions", "burdens",
            "secondments", "appointments", "plaques");

    @Autowired
    ObjectMapper json;

    @Test
    void 同一组清单经命令行审查与经服务导入每一行的结论和依据都相同(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("--townships", demo("townships").toString(),
                "--duties", demo("duties").toString(), "--county", "通渭县",
                "--out", dir.resolve("报告.xlsx").toString(), "--as-of", LocalDate.now().toString()));
        for (String kind : LISTS) {
            args.add("--" + kind);
            args.add(demo(kind).toString());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Vet.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        for (String kind : LISTS) {
            byte[] served = report(kind);
            List<List<String>> byVet = rows(Files.readAllBytes(dir.resolve("报告-" + kind + ".xlsx")));
            List<List<String>> byService = rows(served);
            assertThat(byService).as(kind).hasSizeGreaterThan(2);
            for (int r = 0; r < Math.max(byVet.size(), byService.size()); r++) {
                assertThat(byService.get(r)).as("%s 第%d行", kind, r + 1).isEqualTo(byVet.get(r));
            }
        }
    }

    private static Path demo(String kind) {
        return DEMO.resolve("tongwei-" + kind + ".csv");
    }

    /** Uploads a demo list as a new version and fetches its annotated report. */
    private byte[] report(String kind) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", demo(kind).getFileName().toString(), "text/csv",
                                Files.readAllBytes(demo(kind))))
                        .param("kind", kind).param("county", "通渭县").with(httpBasic("editorial", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();
        return mvc.perform(get("/api/v1/imports/" + id + "/report").with(httpBasic("editorial", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Every sheet's cells as text, row by row (the data sheet with its verdict columns, then the summary). */
    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> out = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    cells.add(sheet.getSheetName() + "!" + (row.getRowNum() + 1));
                    row.forEach(c -> cells.add(text.formatCellValue(c)));
                    out.add(cells);
                }
            }
        }
        return out;
    }
}
