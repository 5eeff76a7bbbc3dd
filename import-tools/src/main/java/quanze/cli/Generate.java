package quanze.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code generate --townships N --items-per-township M --out DIR [--seed S]}: writes a province-size
 * registry and 赋权事项清单 (xlsx and csv, streamed) for benchmarks and trials. Seeded, so the same
 * arguments give the same files; most rows pass, about one in six has a finding.
 */
public final class Generate {
    private static final String[] DEPARTMENTS = {"县自然资源局", "县住房和城乡建设局", "县生态环境局", "县市场监督管理局",
            "县农业农村局", "县水务局", "县应急管理局", "县民政局", "县林业和草原局", "县人力资源和社会保障局"};
    private static final String[][] ITEMS = {
            {"行政处罚", "对擅自占用城市道路设置摊点的处罚", "《城市道路管理条例》第四十二条"},
            {"行政处罚", "对露天焚烧秸秆的处罚", "《中华人民共和国大气污染防治法》第一百一十九条"},
            {"行政处罚", "对随意倾倒生活垃圾的处罚", "《中华人民共和国固体废物污染环境防治法》第一百一十一条"},
            {"行政检查", "对燃气用户的安全检查", "《城镇燃气管理条例》第四十二条"},
            {"行政检查", "森林防火监督检查", "《森林防火条例》第二十四条"},
            {"行政许可", "乡村建设规划许可", "《中华人民共和国城乡规划法》第四十一条"},
            {"行政许可", "农村村民宅基地审批", "《中华人民共和国土地管理法》第六十二条"},
            {"行政确认", "特困人员认定", "《社会救助暂行办法》第十五条"},
            {"行政给付", "最低生活保障金给付", "《社会救助暂行办法》第九条"},
            {"公共服务", "城乡居民基本养老保险参保登记", "《中华人民共和国社会保险法》第二十条"},
            {"行政强制", "查封违法建设施工现场", "《中华人民共和国城乡规划法》第六十八条"},
            {"其他行政权力", "农村集体经济组织财务公开监督", "《中华人民共和国村民委员会组织法》第三十条"}};
    static final List<String> REGISTRY = List.of("乡镇代码", "乡镇名称", "类型", "所属县（市、区）", "规则配置", "乡镇类别",
            "户籍人口", "综合行政执法队伍", "持证执法人员数", "在编人数", "党政机构数", "事业单位数");
    static final List<String> RESPONSIBILITIES = List.of("事项编码", "领域", "事项名称", "关联权力事项编码", "主体责任单位",
            "主体责任内容", "配合责任单位", "配合责任内容", "适用乡镇", "依据");
    static final List<String> ADMISSIONS = List.of("申请编号", "申请类型", "申请部门", "事项名称", "事项类别", "承接乡镇", "依据",
            "转交方式", "转嫁方式", "乡镇承担责任", "要求对口设立机构或挂牌", "征求乡镇意见", "乡镇意见", "意见采纳说明", "配套编制",
            "配套经费（万元）", "县委县政府审批文号", "申请状态", "省级决定文号");
    private static final String[][] MATTERS = {
            {"自然资源", "违法占地查处", "", "县自然资源局", "负责立案查处", "乡镇", "日常巡查、发现报告、协助调查取证"},
            {"生态环境", "秸秆禁烧", "SC-2", "乡镇", "负责巡查、劝阻和处罚", "县生态环境局", "业务指导"},
            {"城乡建设", "燃气安全", "SC-4", "乡镇", "负责燃气用户安全检查", "县住房和城乡建设局", "业务指导"},
            {"应急管理", "森林防火", "SC-5", "乡镇", "负责森林防火检查和宣传", "县林业和草原局", "业务指导"},
            {"市场监管", "特种设备安全", "", "县市场监督管理局", "监督检查", "乡镇", "发现报告、信息报送"},
            {"农业农村", "动物防疫", "", "县农业农村局", "监督管理", "乡镇", "组织群众做好免疫、疫情报告"},
            {"城乡建设", "违法建设查处", "", "乡镇", "负责查处辖区违法建设", "县住房和城乡建设局", "业务指导"},
            {"应急管理", "烟花爆竹安全管理", "", "县应急管理局", "经营许可和违法查处", "乡镇", "日常巡查、劝阻制止"}};

    static final List<String> DELEGATIONS = List.of("事项编码", "事项名称", "事项类别", "设定依据", "原实施部门", "承接主体",
            "赋权方式", "省级决定文号", "委托书文号", "是否公布", "承接意见", "配套保障", "指导目录内", "实施日期", "最近评估日期", "再委托");

    private Generate() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = args[0].equals("generate") ? 1 : 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("townships") || !o.containsKey("items-per-township") || !o.containsKey("out")) {
            err.println("用法：generate --townships 1500 --items-per-township 200 --out 目录 [--seed 42]");
            return Vet.FAILED;
        }
        try {
            int townships = Integer.parseInt(o.get("townships"));
            int items = Integer.parseInt(o.get("items-per-township"));
            long seed = Long.parseLong(o.getOrDefault("seed", "42"));
            Path dir = Files.createDirectories(Path.of(o.get("out")));
            List<List<String>> registry = registry(townships, new Random(seed));
            write(dir, "townships", REGISTRY, registry.iterator(), registry.size());
            long rows = (long) townships * items;
            write(dir, "delegations", DELEGATIONS, delegations(registry, items, new Random(seed + 1)), rows);
            List<List<String>> matters = matters(registry);
            write(dir, "responsibilities", RESPONSIBILITIES, matters.iterator(), matters.size());
            List<List<String>> requests = admissions(registry, new Random(seed + 2));
            write(dir, "admissions", ADMISSIONS, requests.iterator(), requests.size());
            out.println("已生成 " + townships + " 个乡镇、" + rows + " 行赋权事项、" + matters.size() + " 项属地管理事项、"
                    + requests.size() + " 项准入申请（" + (fitsOneSheet(rows) ? "xlsx 与 csv" : "csv；赋权事项超过 Excel 单表行数，无 xlsx")
                    + "）到 " + dir.toAbsolutePath());
            return Vet.OK;
        } catch (NumberFormatException e) {
            err.println("--townships、--items-per-township、--seed 应为整数");
            return Vet.FAILED;
        } catch (IOException e) {
            err.println("写文件失败：" + e.getMessage());
            return Vet.FAILED;
        }
    }

    /** Counties of 15 townships; one township in eight short of certified officers (DLG-07). */
    static List<List<String>> registry(int n, Random random) {
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int county = i / 15;
            String kind = i % 15 == 0 ? "镇" : i % 4 == 0 ? "乡" : "镇";
            String cls = new String[] {"一类", "二类", "三类"}[random.nextInt(3)];
            int officers = random.nextInt(8) == 0 ? 1 : 2 + random.nextInt(10);
            out.add(List.of(String.valueOf(620000100 + i), "第" + county + "县" + (i % 15) + kind, kind,
                    "第" + county + "县", "GS", cls, String.valueOf(8000 + random.nextInt(90000)), "是",
                    String.valueOf(officers), String.valueOf(25 + random.nextInt(60)), "4", "5"));
        }
        return out;
    }

    /** Each county's list: the matter templates once per county, each applying to that county's townships. */
    static List<List<String>> matters(List<List<String>> registry) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c * 15 < registry.size(); c++) {
            List<String> names = new ArrayList<>();
            for (int i = c * 15; i < Math.min(registry.size(), c * 15 + 15); i++) {
                names.add(registry.get(i).get(1));
            }
            for (int m = 0; m < MATTERS.length; m++) {
                String[] t = MATTERS[m];
                out.add(List.of("SD-" + c + "-" + m, t[0], t[1], t[2], t[3], t[4], t[5], t[6], String.join("、", names),
                        "《示例依据》第" + (m + 1) + "条"));
            }
        }
        return out;
    }

    /** Ten requests per county, one in four with a defect an ADM rule finds. */
    static List<List<String>> admissions(List<List<String>> registry, Random random) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c * 15 < registry.size(); c++) {
            for (int k = 0; k < 10; k++) {
                String township = registry.get(Math.min(registry.size() - 1, c * 15 + random.nextInt(15))).get(1);
                int defect = random.nextInt(12);
                out.add(List.of("ZR-" + c + "-" + k, "准入", DEPARTMENTS[k % DEPARTMENTS.length], "示例交办事项" + k, "行政事务",
                        township, defect == 0 ? "" : "《示例依据》", "交由承担", defect == 1 ? "责任状" : "无", "配合责任", "否",
                        "是", defect == 2 ? "" : township + "：同意", "", defect == 3 ? "0" : "1", "10", "通政办发〔2026〕" + k + "号",
                        "拟实施", ""));
            }
        }
        return out;
    }

    static java.util.Iterator<List<String>> delegations(List<List<String>> registry, int perTownship, Random random) {
        return new java.util.Iterator<>() {
            long next = 0;
            final long total = (long) registry.size() * perTownship;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public List<String> next() {
                List<String> t = registry.get((int) (next / perTownship));
                int k = (int) (next % perTownship);
                String[] item = ITEMS[k % ITEMS.length];
                next++;
                int defect = random.nextInt(60);
                boolean penalty = item[0].equals("行政处罚");
                String mode = item[0].equals("行政强制") ? "下放" : random.nextInt(5) == 0 ? "委托" : "下放";
                return List.of("SC-" + (k + 1), item[1] + (k >= ITEMS.length ? "（" + (k / ITEMS.length) + "）" : ""),
                        item[0], defect == 0 ? "" : item[2], DEPARTMENTS[k % DEPARTMENTS.length], t.get(1), mode,
                        penalty && defect != 1 ? "甘政发〔2021〕68号" : "", mode.equals("委托") && defect != 2 ? "委托字第" + k + "号" : "",
                        defect == 3 ? "否" : "是", defect == 4 ? "未征求" : "同意", defect == 5 ? "无" : "人员、经费",
                        "是", "2021-07-01", "2025-06-30", "否");
            }
        };
    }

    private static void write(Path dir, String name, List<String> header, java.util.Iterator<List<String>> rows,
                              long expected) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        Path xlsx = dir.resolve(name + ".xlsx");
        // a sheet holds 1,048,576 rows with its header: a larger list (a nation's, for the scaling benchmark) is CSV only
        boolean sheetToo = fitsOneSheet(expected);
        Files.deleteIfExists(xlsx);
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
             SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet(name);
            p.printRecord(header);
            row(sheet, 0, header);
            int r = 1;
            while (rows.hasNext()) {
                List<String> values = rows.next();
                p.printRecord(values);
                if (sheetToo) {
                    row(sheet, r++, values);
                }
            }
            if (sheetToo) {
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    wb.write(out);
                }
            }
            wb.dispose();
        }
    }

    static boolean fitsOneSheet(long dataRows) {
        return dataRows < org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
    }

    private static void row(Sheet sheet, int r, List<String> values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
