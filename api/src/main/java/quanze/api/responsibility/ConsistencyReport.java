package quanze.api.responsibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import quanze.decision.Decision;
import quanze.engine.RuleBase;
import quanze.report.AnnotatedReport;
import quanze.responsibility.Matter;
import quanze.sheet.ImportFailure;

/** The county's stored responsibility workbook annotated again with the cross-list check's decisions. */
@Component
class ConsistencyReport {
    private final JdbcClient jdbc;
    private final RuleBase rules;

    ConsistencyReport(JdbcClient jdbc, RuleBase rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * The annotated workbook of a stored import, with decisions made now (one per data row, in row
     * order): the cross-list check re-judges the county's current responsibility list this way.
     */
    byte[] reannotate(String importId, List<Decision> decided) {
        record Stored(String fileName, String sheet, int headerRow, byte[] original) {
        }
        Stored s = jdbc.sql("select i.file_name, i.data_sheet, i.header_row, f.original from catalog_import i"
                        + " join catalog_file f on f.import_id = i.id where i.id = ?")
                .param(importId).query((rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBytes(4)))
                .single();
        List<Integer> rowNumbers = jdbc.sql("select row_number from responsibility_matter where import_id = ? order by row_number")
                .param(importId).query(Integer.class).list();
        quanze.report.Verdicts verdicts = new quanze.report.Verdicts(quanze.decision.DecisionKind.RESPONSIBILITY, "领域");
        for (int i = 0; i < decided.size(); i++) {
            verdicts.add(rowNumbers.get(i), List.of(decided.get(i)), List.of(((Matter) decided.get(i).input()).domain()));
        }
        try {
            Path temp = Files.createTempFile("quanze-report-", ".upload");
            try {
                Files.write(temp, s.original());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                AnnotatedReport.write(temp, s.fileName(), s.sheet(), s.headerRow(), verdicts, rules.rules(), out);
                return out.toByteArray();
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | ImportFailure e) {
            throw new IllegalStateException("无法生成审查报告", e);
        }
    }

}
