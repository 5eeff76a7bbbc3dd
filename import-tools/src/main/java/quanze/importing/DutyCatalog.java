package quanze.importing;

import java.nio.file.Path;
import java.util.List;
import quanze.duty.DutyList;
import quanze.duty.ListItem;
import quanze.engine.Registry;
import quanze.sheet.ImportFailure;
import quanze.township.Township;

/**
 * Reads 乡镇（街道）履行职责事项清单 (formats.md §6, kind {@code duties}): one row, one item of one
 * township's three lists. The item keeps the township's code, whatever the sheet named it by.
 */
public final class DutyCatalog {
    public static final List<String> REQUIRED = List.of("乡镇", "清单类型", "事项编号", "事项名称");

    private DutyCatalog() {
    }

    public static CatalogReader.Rows<ListItem> read(Path file, String fileName, Registry registry) throws ImportFailure {
        Uniqueness numbers = new Uniqueness();
        return CatalogReader.read(file, fileName, REQUIRED, "履职事项清单没有数据行", r -> {
            String name = r.required("乡镇");
            Township t = name == null ? null : registry.find(name).orElse(null);
            if (name != null && t == null) {
                r.problem("乡镇", "“" + RowReader.shown(name) + "”不是乡镇名册中的乡镇（街道）");
            }
            DutyList list = r.code("清单类型", DutyList.class, true);
            String itemNo = r.required("事项编号");
            String lead = r.text("牵头部门");
            if (lead == null && (list == DutyList.COOPERATING || list == DutyList.RECLAIMED)) {
                r.problem("牵头部门", list.label() + "必须写明牵头部门");
            }
            ListItem item = new ListItem(t == null ? name : t.code(), list, itemNo, r.required("事项名称"), r.text("领域"),
                    lead, r.text("乡镇职责"), r.text("部门职责"), r.text("依据"));
            Integer earlier = t == null || list == null || itemNo == null ? null
                    : numbers.seen(t.code() + "/" + list + "/" + itemNo, r.row());
            if (earlier != null) {
                r.problem("事项编号", t.name() + list.label() + "清单的事项编号“" + itemNo + "”与第" + earlier + "行重复");
            }
            return item;
        });
    }
}
