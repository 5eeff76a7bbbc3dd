package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import quanze.engine.Registry;
import quanze.responsibility.Matter;
import quanze.sheet.ImportFailure;

/** Reads the 县乡"属地管理"事项主体责任和配合责任清单 (formats.md §3, kind {@code responsibilities}). */
public final class ResponsibilityCatalog {
    public static final List<String> REQUIRED = List.of("事项编码", "领域", "事项名称");

    private ResponsibilityCatalog() {
    }

    public static CatalogReader.Rows<Matter> read(Path file, String fileName, Registry registry) throws ImportFailure {
        Uniqueness codes = new Uniqueness();
        return CatalogReader.read(file, fileName, REQUIRED, "属地管理事项清单没有数据行", r -> {
            String code = r.required("事项编码");
            List<String> townships = r.list("适用乡镇");
            for (String t : townships) {
                if (registry.find(t).isEmpty()) {
                    r.problem("适用乡镇", "“" + RowReader.shown(t) + "”不是乡镇名册中的乡镇（街道）");
                }
            }
            Matter m = new Matter(code, r.required("领域"), r.required("事项名称"), r.list("关联权力事项编码"),
                    r.list("主体责任单位"), r.text("主体责任内容"), r.list("配合责任单位"), r.text("配合责任内容"),
                    townships, r.text("依据"));
            Integer earlier = code == null ? null : codes.seen(code, r.row());
            if (earlier != null) {
                r.problem("事项编码", "事项编码“" + code + "”与第" + earlier + "行重复");
            }
            return m;
        });
    }
}
