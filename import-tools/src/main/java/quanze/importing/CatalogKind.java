package quanze.importing;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of catalog a county uploads (formats.md, docs/formats-org.md), declared once: the code the API and the
 * command line take, and the title county staff know the sheet by. The API's import, its labels and
 * {@code GET /api/v1/catalog-kinds}, the command line's summary and the web page all read it from here.
 */
public enum CatalogKind {
    TOWNSHIPS("townships", "乡镇（街道）名册"),
    DELEGATIONS("delegations", "赋权事项清单"),
    RESPONSIBILITIES("responsibilities", "属地管理事项主体责任和配合责任清单"),
    ADMISSIONS("admissions", "职责准入申请"),
    BURDENS("burdens", "考核及“一票否决”“责任状”事项清理表"),
    SECONDMENTS("secondments", "借调（抽调）人员表"),
    APPOINTMENTS("appointments", "派驻机构负责人任免表"),
    PLAQUES("plaques", "挂牌机构与对口设置表"),
    DUTIES("duties", "乡镇（街道）履行职责事项清单");

    private final String code;
    private final String title;

    CatalogKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<CatalogKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The codes, for a message that names what may be given: "townships、delegations、…". */
    public static String codes() {
        return Arrays.stream(values()).map(CatalogKind::code).collect(Collectors.joining("、"));
    }
}
