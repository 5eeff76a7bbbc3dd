package quanze.importing;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import quanze.catalog.Text;
import quanze.delegation.Category;
import quanze.delegation.Delegation;
import quanze.delegation.Mode;
import quanze.delegation.Opinion;
import quanze.delegation.Support;
import quanze.engine.Registry;
import quanze.engine.delegation.Receivers;
import quanze.sheet.ImportFailure;

/**
 * Reads 赋权事项清单 (formats.md §2, kind {@code delegations}): one row, one power, one or more
 * receivers resolved against the township registry.
 */
public final class DelegationCatalog {
    public static final List<String> REQUIRED = List.of("事项编码", "事项名称", "事项类别", "原实施部门", "承接主体", "赋权方式");

    private DelegationCatalog() {
    }

    /** One row of the file: the delegation as written, and each receiver it names. */
    public record Row(int rowNumber, Delegation delegation, List<Receivers.Receiver> receivers) {
    }

    /** The rows and where they were found, for the annotated report. */
    public record Rows(String sheet, int headerRow, List<Row> rows, List<CatalogReader.Skipped> skipped) {
        public int cases() {
            return rows.stream().mapToInt(r -> r.receivers().size()).sum();
        }
    }

    public static Rows read(Path file, String fileName, Registry registry) throws ImportFailure {
        List<Row> rows = new java.util.ArrayList<>();
        CatalogReader.Streamed s = stream(file, fileName, registry, rows::add);
        return new Rows(s.sheet(), s.headerRow(), rows, s.skipped());
    }

    /** As {@link #read}, each clean row handed to {@code sink} as it is read (see {@link CatalogReader#stream}). */
    public static CatalogReader.Streamed stream(Path file, String fileName, Registry registry,
                                                java.util.function.Consumer<Row> sink) throws ImportFailure {
        Uniqueness seen = new Uniqueness();
        return CatalogReader.stream(file, fileName, REQUIRED, "赋权事项清单没有数据行", r -> {
            Delegation d = new Delegation(
                    r.required("事项编码"),
                    r.required("事项名称"),
                    r.text("子项名称"),
                    r.code("事项类别", Category.class, true),
                    r.text("设定依据"),
                    r.required("原实施部门"),
                    r.required("承接主体"),
                    r.code("赋权方式", Mode.class, true),
                    r.text("省级决定文号"),
                    r.text("委托书文号"),
                    r.yesNo("是否公布", false),
                    r.code("承接意见", Opinion.class, false),
                    support(r.text("配套保障")),
                    r.yesNo("指导目录内", false),
                    r.date("实施日期"),
                    r.date("最近评估日期"),
                    r.yesNo("再委托", false));
            if (d.category() == Category.ADMIN_AFFAIR) {
                r.problem("事项类别", "“行政事务”只用于职责准入申请，赋权事项清单应填行政权力类别或公共服务");
            }
            List<Receivers.Receiver> receivers = d.receiver() == null ? List.of()
                    : r.receivers("承接主体", d.receiver(), registry);
            if (d.itemCode() != null) {
                for (Receivers.Receiver receiver : receivers) {
                    Integer earlier = seen.seen(d.itemCode() + "\u0000" + receiver.name(), r.row());
                    if (earlier != null) {
                        r.problem("事项编码", "事项编码“" + d.itemCode() + "”对承接主体“" + receiver.name()
                                + "”与第" + earlier + "行重复");
                    }
                }
            }
            return new Row(r.row(), d, receivers);
        }, row -> sink.accept(row.value()));
    }

    /** 配套保障 is free text; it counts as support when it names staff, posts, funds, technology or training. */
    static Set<Support> support(String text) {
        Set<Support> out = EnumSet.noneOf(Support.class);
        if (text == null) {
            return out;
        }
        String s = Text.normalise(text);
        for (Support support : Support.values()) {
            for (String label : support.labels()) {
                if (s.contains(label)) {
                    out.add(support);
                }
            }
        }
        return out;
    }
}
