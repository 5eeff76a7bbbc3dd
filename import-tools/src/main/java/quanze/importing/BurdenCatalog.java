package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import quanze.burden.Burden;
import quanze.burden.BurdenType;
import quanze.burden.IssuerLevel;
import quanze.sheet.ImportFailure;

/** Reads the 考核及"一票否决"、"责任状"事项清理表 (formats.md §5, kind {@code burdens}). */
public final class BurdenCatalog {
    public static final List<String> REQUIRED = List.of("编号", "事项名称", "类型", "设定单位");

    private BurdenCatalog() {
    }

    public static CatalogReader.Rows<Burden> read(Path file, String fileName) throws ImportFailure {
        Uniqueness codes = new Uniqueness();
        return CatalogReader.read(file, fileName, REQUIRED, "清理表没有数据行", r -> {
            String code = r.required("编号");
            Burden b = new Burden(code,
                    r.required("事项名称"),
                    r.code("类型", BurdenType.class, true),
                    r.required("设定单位"),
                    r.text("依据文件"),
                    r.code("依据发文机关层级", IssuerLevel.class, false),
                    r.yesNo("依据是否明确规定", false),
                    r.text("一事一报批准文号"),
                    r.yesNo("纳入统一计划", false),
                    r.text("所属县"));
            Integer earlier = code == null ? null : codes.seen(code, r.row());
            if (earlier != null) {
                r.problem("编号", "编号“" + code + "”与第" + earlier + "行重复");
            }
            return b;
        });
    }
}
