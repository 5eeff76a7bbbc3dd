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
    private static final Pattern OPINION_SEPARATOR = Pattern.compile("[、，,；;\\n\\r]+");
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

    /**
     * 乡镇意见 as clerks write it (formats.md §4): "平襄镇：同意；义岗川镇：不同意" with any list separator, the colon
     * full- or half-width or absent ("平襄镇同意"), the opinion bracketed ("平襄镇（同意）"), or one opinion for several
     * townships ("平襄镇、义岗川镇：同意", "平襄镇、义岗川镇均同意"). Each township must be known to the registry, in any
     * of its name forms.
     */
    static List<TownshipOpinion> opinions(RowReader r, Registry registry) {
        String cell = r.text("乡镇意见");
        List<TownshipOpinion> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        List<String> waiting = new ArrayList<>();
        for (String part : OPINION_SEPARATOR.split(quanze.catalog.Text.normalise(cell))) {
            String token = part.replace(" ", "");
            if (token.isEmpty()) {
                continue;
            }
            String[] nameValue = split(token);
            String name = nameValue[0];
            if (!name.isEmpty()) {
                if (registry.find(name).isEmpty()) {
                    r.problem("乡镇意见", "“" + RowReader.shown(name) + "”不是乡镇名册中的乡镇（街道）");
                }
                waiting.add(name);
            }
            if (nameValue[1] == null) {
                continue;
            }
            var opinion = Codes.parse(Opinion.class, nameValue[1]);
            if (opinion.isEmpty()) {
                r.problem("乡镇意见", "“" + RowReader.shown(nameValue[1]) + "”不是可识别的意见，应为：" + Codes.choices(Opinion.class));
            } else if (waiting.isEmpty()) {
                r.problem("乡镇意见", "意见“" + nameValue[1] + "”前没有写明乡镇，应写成“乡镇名：同意”");
            } else {
                waiting.forEach(t -> out.add(new TownshipOpinion(t, opinion.get(), null)));
            }
            waiting.clear();
        }
        if (!waiting.isEmpty()) {
            r.problem("乡镇意见", "“" + RowReader.shown(String.join("、", waiting)) + "”没有写明意见，应写成“乡镇名：同意”或“乡镇名：不同意”");
        }
        return out;
    }

    /** Opinion words a clerk writes after a township's name, longest first so 不同意 is not read as 同意. */
    private static final List<String> OPINION_WORDS = List.of("不同意", "未征求", "同意");

    /** {name, opinion or null}: "平襄镇：同意", "平襄镇（同意）", "平襄镇同意", "同意", "平襄镇". */
    private static String[] split(String token) {
        java.util.regex.Matcher bracketed = BRACKETED.matcher(token);
        if (bracketed.matches()) {
            return new String[] {bracketed.group(1), bracketed.group(2)};
        }
        java.util.regex.Matcher colon = NAME_VALUE.matcher(token);
        if (colon.find()) {
            return new String[] {token.substring(0, colon.start()), stripBoth(token.substring(colon.end()))};
        }
        for (String word : OPINION_WORDS) {
            if (token.endsWith(word)) {
                return new String[] {stripBoth(token.substring(0, token.length() - word.length())), word};
            }
        }
        return new String[] {token, null};
    }

    /** 均同意, 都同意: the adverb belongs to neither the name nor the opinion. */
    private static String stripBoth(String s) {
        String out = s;
        while (!out.isEmpty() && (out.endsWith("均") || out.endsWith("都") || out.endsWith("皆"))) {
            out = out.substring(0, out.length() - 1);
        }
        while (!out.isEmpty() && (out.startsWith("均") || out.startsWith("都") || out.startsWith("皆"))) {
            out = out.substring(1);
        }
        return out;
    }

    private static final Pattern BRACKETED = Pattern.compile("^(.*?)[（(\\[【](.+?)[）)\\]】]$");
}
