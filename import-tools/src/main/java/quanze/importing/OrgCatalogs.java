package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import quanze.engine.Registry;
import quanze.org.Appointment;
import quanze.org.Plaque;
import quanze.org.Secondment;
import quanze.sheet.ImportFailure;

/**
 * Reads the three organisation sheets of docs/formats-org.md: secondments (借调/抽调), stationed-unit
 * head appointments (派驻机构负责人任免) and plaques or counterpart bodies (挂牌机构与对口设置).
 */
public final class OrgCatalogs {
    public static final List<String> SECONDMENTS = List.of("姓名", "乡镇", "借调单位", "开始日期");
    public static final List<String> APPOINTMENTS = List.of("派驻机构", "乡镇", "任免");
    public static final List<String> PLAQUES = List.of("乡镇", "名称");

    private OrgCatalogs() {
    }

    public static CatalogReader.Rows<Secondment> secondments(Path file, String fileName, Registry registry)
            throws ImportFailure {
        return CatalogReader.read(file, fileName, SECONDMENTS, "借调人员表没有数据行", r -> {
            Secondment s = new Secondment(r.required("姓名"), township(r, registry), r.required("借调单位"),
                    r.date("开始日期"), r.date("结束日期"), r.yesNo("乡镇党委同意", false), r.yesNo("组织部门批准", false),
                    r.yesNo("人社部门批准", false));
            if (r.text("开始日期") == null) {
                r.problem("开始日期", "必填项为空");
            }
            if (s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
                r.problem("结束日期", "结束日期" + s.end() + "早于开始日期" + s.start());
            }
            return s;
        });
    }

    public static CatalogReader.Rows<Appointment> appointments(Path file, String fileName, Registry registry)
            throws ImportFailure {
        return CatalogReader.read(file, fileName, APPOINTMENTS, "派驻机构负责人任免表没有数据行", r -> {
            String action = r.required("任免");
            if (action != null && !action.equals("任命") && !action.equals("免职")) {
                r.problem("任免", "“" + RowReader.shown(action) + "”应为 任命 或 免职");
            }
            return new Appointment(r.required("派驻机构"), township(r, registry), r.text("负责人"), action,
                    r.date("日期"), r.yesNo("征求乡镇党委意见", false));
        });
    }

    public static CatalogReader.Rows<Plaque> plaques(Path file, String fileName, Registry registry) throws ImportFailure {
        return CatalogReader.read(file, fileName, PLAQUES, "挂牌机构与对口设置表没有数据行", r ->
                new Plaque(township(r, registry), r.required("名称"), r.text("要求设立部门"), r.yesNo("实体化运行", false),
                        r.text("批准文号"), r.text("对口设置依据")));
    }

    private static String township(RowReader r, Registry registry) {
        String t = r.required("乡镇");
        if (t != null && registry.find(t).isEmpty()) {
            r.problem("乡镇", "“" + RowReader.shown(t) + "”不是乡镇名册中的乡镇（街道）");
        }
        return t;
    }
}
