package quanze.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import quanze.admission.Admission;
import quanze.admission.Handover;
import quanze.admission.RequestStatus;
import quanze.admission.RequestType;
import quanze.admission.ShiftMechanism;
import quanze.admission.TownshipOpinion;
import quanze.admission.TownshipRole;
import quanze.catalog.Codes;
import quanze.delegation.Category;
import quanze.delegation.Opinion;
import quanze.engine.Registry;
import quanze.sheet.ImportFailure;

/** Reads 职责准入申请 (formats.md §4, kind {@code admissions}): one row, one request. */
public final class AdmissionCatalog {
    public static final List<String> REQUIRED = List.of("申请编号", "申请类型", "申请部门", "事项名称", "事项类别",
            "承接乡镇", "转交方式", "征求乡镇意见", "申请状态");
    private static final Pattern OPINION_SEPARATOR = Pattern.compile("[；;\\n\\r]+");
    private static final Pattern NAME_VALUE = Pattern.compile("[：:]");

    private AdmissionCatalog() {
    }

    public static CatalogReader.Rows<Admission> read(Path file, String fileName, Registry registry) throws ImportFailure {
        Uniqueness ids = new Uniqueness();
        return CatalogReader.read(file, fileName, REQUIRED, "职责准入申请表没有数据行", r -> {
            String id = r.required("申请编号");
            String townshipCell = r.required("承接乡镇");
            List<String> townships = r.list("承接乡镇");
            if (townshipCell != null) {
                r.receivers("承接乡镇", townshipCell, registry);
            }
            Admission a = new Admission(id,
                    r.code("申请类型", RequestType.class, true),
                    r.required("申请部门"),
                    r.required("事项名称"),
                    r.code("事项类别", Category.class, true),
                    townships,
                    r.text("依据"),
                    r.code("转交方式", Handover.class, true),
                    r.code("转嫁方式", ShiftMechanism.class, false),
                    r.code("乡镇承担责任", TownshipRole.class, false),
                    r.yesNo("要求对口设立机构或挂牌", false),
                    r.yesNo("征求乡镇意见", true),
                    opinions(r, registry),
                    r.text("意见采纳说明"),
                    r.nonNegative("配套编制", false),
                    r.nonNegativeDecimal("配套经费（万元）"),
                    r.text("县委县政府审批文号"),
                    r.code("申请状态", RequestStatus.class, true),
                    r.text("省级决定文号"),
                    r.text("对口设置依据"),
                    r.text("清单事项编号"),
                    r.text("乡镇承担内容"),
                    r.text("准入理由"));
            Integer earlier = id == null ? null : ids.seen(id, r.row());
            if (earlier != null) {
                r.problem("申请编号", "申请编号“" + id + "”与第" + earlier + "行重复");
            }
            return a;
        });
    }

    /** 乡镇意见: "乡镇名：同意；乡镇名：不同意", each township known to the registry. */
    private static List<TownshipOpinion> opinions(RowReader r, Registry registry) {
        String cell = r.text("乡镇意见");
        List<TownshipOpinion> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : OPINION_SEPARATOR.split(cell)) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameValue = NAME_VALUE.split(part.strip(), 2);
            if (nameValue.length != 2) {
                r.problem("乡镇意见", "“" + RowReader.shown(part.strip()) + "”应写成“乡镇名：同意”或“乡镇名：不同意”");
                continue;
            }
            String township = nameValue[0].strip();
            if (registry.find(township).isEmpty()) {
                r.problem("乡镇意见", "“" + RowReader.shown(township) + "”不是乡镇名册中的乡镇（街道）");
            }
            var opinion = Codes.parse(Opinion.class, nameValue[1]);
            if (opinion.isEmpty()) {
                r.problem("乡镇意见", "“" + RowReader.shown(nameValue[1].strip()) + "”不是可识别的意见，应为：" + Codes.choices(Opinion.class));
                continue;
            }
            out.add(new TownshipOpinion(township, opinion.get(), null));
        }
        return out;
    }
}
