package quanze.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quanze.profile.ProfileParameter;
import quanze.profile.ProvinceProfile;

/**
 * The province parameter table (rules module, quanze/profile/parameters.csv). CN is the national
 * default every profile inherits; of several rows for one parameter the latest that has taken effect
 * on the decision date wins, so a new provincial limit is one new row.
 */
public final class Parameters {
    public static final String BASE_PROFILE = "CN";

    private final List<ProfileParameter> rows;

    public Parameters(List<ProfileParameter> rows) {
        this.rows = List.copyOf(rows);
    }

    static final List<String> COLUMNS = List.of("配置", "参数", "取值", "生效日期", "依据", "条款");

    /**
     * Reads a parameter table: the CSV the rules module ships (quanze/profile/parameters.csv, a text table that diffs
     * line by line), or an .xlsx workbook with the same columns (what an ADMIN may upload from Excel).
     *
     * @throws InvalidParametersException listing every problem; nothing is taken from a table with any
     */
    public static Parameters parse(byte[] table) {
        boolean zip = table.length >= 2 && table[0] == 'P' && table[1] == 'K';
        return zip ? parseWorkbook(table) : parseCsv(table);
    }

    /** The CSV form: a header line holding the columns, one parameter per line; problems name the line. */
    static Parameters parseCsv(byte[] csv) {
        Map<Integer, Map<Integer, String>> cells = new java.util.TreeMap<>();
        String text = RuleTables.text(csv);
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text)) {
            int row = 0;
            while (it.hasNextValue()) {
                List<String> values = it.nextValue();
                Map<Integer, String> r = new HashMap<>();
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null && !values.get(c).isBlank()) {
                        r.put(c, values.get(c).strip());
                    }
                }
                if (!r.isEmpty()) {
                    cells.put(row, r);
                }
                row++;
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new InvalidParametersException(List.of(new ParameterProblem(null, 0, null,
                    "不是可读取的参数表：请上传 UTF-8 的 .csv 或 .xlsx 工作簿")));
        }
        return fromCells("参数表", cells);
    }

    /**
     * Reads the parameter workbook: first sheet, a header
     * row holding 配置、参数、取值、生效日期、依据、条款 (说明 optional), one parameter per row. The cells are
     * read with Drools' own spreadsheet parser, so the engine needs no spreadsheet library of its own.
     *
     * @throws InvalidParametersException listing every problem; nothing is taken from a workbook with any
     */
    public static Parameters parseWorkbook(byte[] xlsx) {
        Map<Integer, Map<Integer, String>> cells = new java.util.TreeMap<>();
        // Drools' parser reads the first sheet only and does not always announce it: name it for messages
        String[] sheet = {"参数表第一张工作表"};
        try {
            new org.drools.decisiontable.parser.xls.ExcelParser(new org.drools.template.parser.DataListener() {
                private int sheets;

                @Override
                public void startSheet(String name) {
                    sheets++;
                    if (sheets == 1) {
                        sheet[0] = name;
                    }
                }

                @Override
                public void finishSheet() {
                }

                @Override
                public void newRow(int row, int columns) {
                }

                @Override
                public void newCell(int row, int column, String value, int mergedColStart) {
                    if (sheets <= 1 && value != null && !value.isBlank()) {
                        cells.computeIfAbsent(row, k -> new HashMap<>()).put(column, value.strip());
                    }
                }
            }).parseFile(new java.io.ByteArrayInputStream(xlsx));
        } catch (RuntimeException e) {
            throw new InvalidParametersException(List.of(new ParameterProblem(null, 0, null,
                    "不是可读取的 .xlsx 工作簿，请用 Excel 另存为 .xlsx")));
        }
        return fromCells(sheet[0], cells);
    }

    /** The table's cells (0-based rows and columns) checked and read: every problem named by row and column. */
    private static Parameters fromCells(String sheetName, Map<Integer, Map<Integer, String>> cells) {
        String[] sheet = {sheetName};
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = null;
        int headerRow = -1;
        for (var row : cells.entrySet()) {
            Map<String, Integer> found = new HashMap<>();
            row.getValue().forEach((col, v) -> found.put(v, col));
            if (found.keySet().containsAll(COLUMNS)) {
                columns = found;
                headerRow = row.getKey();
                break;
            }
        }
        if (columns == null) {
            throw new InvalidParametersException(List.of(new ParameterProblem(sheet[0], 0, null,
                    "没有找到表头：第一张工作表中没有包含 " + String.join("、", COLUMNS) + " 的行")));
        }
        List<ProfileParameter> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (var row : cells.entrySet()) {
            if (row.getKey() <= headerRow) {
                continue;
            }
            int excelRow = row.getKey() + 1;
            Map<Integer, String> r = row.getValue();
            String[] v = new String[COLUMNS.size()];
            for (int i = 0; i < COLUMNS.size(); i++) {
                v[i] = r.get(columns.get(COLUMNS.get(i)));
                if (v[i] == null) {
                    problems.add(new ParameterProblem(sheet[0], excelRow, COLUMNS.get(i), "必填项为空"));
                }
            }
            LocalDate date = null;
            if (v[3] != null) {
                try {
                    date = LocalDate.parse(v[3]);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(new ParameterProblem(sheet[0], excelRow, "生效日期", "“" + v[3] + "”不是日期，应写成 2024-01-31"));
                }
            }
            if (v[0] != null && !v[0].matches("[A-Z]{2,8}")) {
                problems.add(new ParameterProblem(sheet[0], excelRow, "配置", "“" + v[0] + "”应为省份配置代码，如 GS、JS、GZ、NX、CN"));
            }
            if (v[0] != null && v[1] != null && v[3] != null) {
                Integer first = seen.putIfAbsent(v[0] + "/" + v[1] + "/" + v[3], excelRow);
                if (first != null) {
                    problems.add(new ParameterProblem(sheet[0], excelRow, "参数",
                            v[0] + "的“" + v[1] + "”在" + v[3] + "生效的取值与第" + first + "行重复"));
                }
            }
            if (java.util.Arrays.stream(v).allMatch(java.util.Objects::nonNull) && date != null) {
                rows.add(new ProfileParameter(v[0], v[1], v[2], date, v[4], v[5]));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ParameterProblem(sheet[0], headerRow + 1, null, "参数表没有数据行"));
        }
        if (rows.stream().noneMatch(p -> p.profile().equals(BASE_PROFILE)) && problems.isEmpty()) {
            problems.add(new ParameterProblem(sheet[0], headerRow + 1, "配置", "缺少全国默认配置 CN 的参数"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new Parameters(rows);
    }

    /** The profile codes the table knows (GS, JS, GZ, NX, CN …). */
    public java.util.Set<String> profiles() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        rows.forEach(r -> out.add(r.profile()));
        return out;
    }

    /** The rows in force on a date, for every profile: what GET /api/v1/rules/parameters shows. */
    public List<ProfileParameter> inForce(LocalDate asOf) {
        List<ProfileParameter> out = new ArrayList<>();
        for (String p : profiles()) {
            profile(p, asOf).parameters().values().stream().filter(r -> r.profile().equals(p)).forEach(out::add);
        }
        out.sort(Comparator.comparing(ProfileParameter::profile).thenComparing(ProfileParameter::name));
        return out;
    }

    public List<ProfileParameter> rows() {
        return rows;
    }

    public boolean knows(String profile) {
        return rows.stream().anyMatch(r -> r.profile().equals(profile));
    }

    public ProvinceProfile profile(String code, LocalDate asOf) {
        Map<String, ProfileParameter> inForce = new HashMap<>();
        rows.stream()
                .filter(r -> r.profile().equals(BASE_PROFILE) || r.profile().equals(code))
                .filter(r -> !r.effectiveFrom().isAfter(asOf))
                // base rows first, then by date: a provincial row overrides the national default
                .sorted(Comparator.comparing((ProfileParameter r) -> !r.profile().equals(BASE_PROFILE))
                        .thenComparing(ProfileParameter::effectiveFrom))
                .forEach(r -> inForce.put(r.name(), r));
        return new ProvinceProfile(code, asOf, inForce);
    }
}
