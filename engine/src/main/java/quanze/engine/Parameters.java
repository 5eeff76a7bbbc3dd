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

    /** The columns of the table, as its header names them (说明 may follow). */
    public static final List<String> COLUMNS = List.of("配置", "参数", "取值", "生效日期", "依据", "条款");

    /** One row of the table as a sheet shows it: its Excel row number and its cells by column name. */
    public record Row(int number, Map<String, String> cells) {
    }

    /**
     * The table shipped in the rules module: a CSV whose first line is the header. A table an ADMIN uploads (CSV in
     * any encoding, or .xlsx with title rows above the header) is read by the import tools' sheet reader, which
     * finds the header as for every catalog, and handed to {@link #of}.
     *
     * @throws InvalidParametersException listing every problem; nothing is taken from a table with any
     */
    public static Parameters parse(byte[] csv) {
        List<List<String>> lines = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(RuleTables.text(csv))) {
            while (it.hasNextValue()) {
                lines.add(it.nextValue());
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new InvalidParametersException(List.of(new ParameterProblem(null, 0, null,
                    "不是可读取的参数表：请上传 UTF-8 的 .csv 或 .xlsx 工作簿")));
        }
        List<String> header = lines.isEmpty() ? List.of() : lines.get(0).stream().map(c -> c == null ? "" : c.strip()).toList();
        if (!header.containsAll(COLUMNS)) {
            throw new InvalidParametersException(List.of(new ParameterProblem("参数表", 1, null,
                    "第一行应为表头：" + String.join("、", COLUMNS))));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Map<String, String> cells = new HashMap<>();
            List<String> values = lines.get(i);
            for (int c = 0; c < Math.min(values.size(), header.size()); c++) {
                cells.put(header.get(c), values.get(c));
            }
            rows.add(new Row(i + 1, cells));
        }
        return of("参数表", 1, rows);
    }

    /**
     * The table's rows checked and read: every problem named by row and column; blank rows are passed over.
     *
     * @throws InvalidParametersException listing every problem; nothing is taken from a table with any
     */
    public static Parameters of(String sheet, int headerRow, List<Row> given) {
        List<ParameterProblem> problems = new ArrayList<>();
        List<ProfileParameter> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : given) {
            int excelRow = row.number();
            String[] v = new String[COLUMNS.size()];
            for (int i = 0; i < COLUMNS.size(); i++) {
                String cell = row.cells().get(COLUMNS.get(i));
                v[i] = cell == null || cell.isBlank() ? null : cell.strip();
            }
            if (java.util.Arrays.stream(v).allMatch(java.util.Objects::isNull)) {
                continue;
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (v[i] == null) {
                    problems.add(new ParameterProblem(sheet, excelRow, COLUMNS.get(i), "必填项为空"));
                }
            }
            LocalDate date = null;
            if (v[3] != null) {
                try {
                    date = LocalDate.parse(v[3]);
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(new ParameterProblem(sheet, excelRow, "生效日期", "“" + v[3] + "”不是日期，应写成 2024-01-31"));
                }
            }
            if (v[0] != null && !v[0].matches("[A-Z]{2,8}")) {
                problems.add(new ParameterProblem(sheet, excelRow, "配置", "“" + v[0] + "”应为省份配置代码，如 GS、JS、GZ、NX、CN"));
            }
            if (v[0] != null && v[1] != null && v[3] != null) {
                Integer first = seen.putIfAbsent(v[0] + "/" + v[1] + "/" + v[3], excelRow);
                if (first != null) {
                    problems.add(new ParameterProblem(sheet, excelRow, "参数",
                            v[0] + "的“" + v[1] + "”在" + v[3] + "生效的取值与第" + first + "行重复"));
                }
            }
            if (java.util.Arrays.stream(v).allMatch(java.util.Objects::nonNull) && date != null) {
                rows.add(new ProfileParameter(v[0], v[1], v[2], date, v[4], v[5]));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ParameterProblem(sheet, headerRow + 1, null, "参数表没有数据行"));
        }
        if (rows.stream().noneMatch(p -> p.profile().equals(BASE_PROFILE)) && problems.isEmpty()) {
            problems.add(new ParameterProblem(sheet, headerRow + 1, "配置", "缺少全国默认配置 CN 的参数"));
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
