package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import quanze.sheet.ImportFailure;
import quanze.township.Township;
import quanze.township.TownshipKind;

/** Reads 乡镇基础信息 (formats.md §1, kind {@code townships}). */
public final class TownshipCatalog {
    public static final List<String> REQUIRED = List.of("乡镇代码", "乡镇名称", "类型", "所属县（市、区）", "规则配置",
            "综合行政执法队伍", "持证执法人员数");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> CLASSES = Set.of("一类", "二类", "三类");

    private TownshipCatalog() {
    }

    /** @param profiles the profile codes of the parameter table (GS, JS, GZ, NX, CN …) */
    public static List<Township> read(Path file, String fileName, Set<String> profiles) throws ImportFailure {
        return readRows(file, fileName, profiles).values();
    }

    /** The rows with where they stood, for the annotated report of the registry (ORG-01). */
    public static CatalogReader.Rows<Township> readRows(Path file, String fileName, Set<String> profiles)
            throws ImportFailure {
        Uniqueness codes = new Uniqueness();
        Uniqueness names = new Uniqueness();
        return CatalogReader.read(file, fileName, REQUIRED, "乡镇名册没有数据行", r -> {
            String code = r.required("乡镇代码");
            if (code != null && !DIGITS.matcher(code).matches()) {
                r.problem("乡镇代码", "“" + RowReader.shown(code) + "”不是数字代码（统计用区划代码）");
            } else if (code != null && code.length() > 20) {
                r.problem("乡镇代码", "“" + RowReader.shown(code) + "”超过20位（统计用区划代码为9位或12位）");
            }
            String name = r.required("乡镇名称");
            TownshipKind kind = r.code("类型", TownshipKind.class, true);
            String county = r.required("所属县（市、区）");
            String profile = r.required("规则配置");
            if (profile != null && !profiles.contains(profile)) {
                r.problem("规则配置", "“" + RowReader.shown(profile) + "”不是已知的省份配置，应为：" + String.join("、", profiles));
            }
            String townshipClass = r.text("乡镇类别");
            if (townshipClass != null && !CLASSES.contains(townshipClass)) {
                r.problem("乡镇类别", "“" + RowReader.shown(townshipClass) + "”应为 一类、二类 或 三类");
            }
            Integer population = r.nonNegative("户籍人口", false);
            Boolean countySeat = r.yesNo("县级政府驻地", false);
            Boolean keyTown = r.yesNo("重点中心镇", false);
            Boolean team = r.yesNo("综合行政执法队伍", true);
            Integer officers = r.nonNegative("持证执法人员数", true);
            Integer staff = r.nonNegative("在编人数", false);
            Integer bodies = r.nonNegative("党政机构数", false);
            Integer institutions = r.nonNegative("事业单位数", false);
            String approval = r.text("省委编办批准文号");
            Integer earlier = code == null ? null : codes.seen(code, r.row());
            if (earlier != null) {
                r.problem("乡镇代码", "乡镇代码“" + code + "”与第" + earlier + "行重复");
            }
            earlier = name == null || county == null ? null : names.seen(county + "/" + name, r.row());
            if (earlier != null) {
                r.problem("乡镇名称", "“" + county + name + "”与第" + earlier + "行重复");
            }
            if (!r.clean()) {
                return null;
            }
            return new Township(code, name, kind, county, profile, townshipClass, population, countySeat,
                    keyTown, team, officers, staff, bodies, institutions, approval);
        });
    }
}
