package quanze.engine;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quanze.catalog.StatutoryPower;
import quanze.catalog.Text;
import quanze.catalog.Vocabulary;

/**
 * Reads the text tables of the rule set (CSV beside the DRL, listed in rules.index): word tables
 * (header 用语,作用,归类,配置,依据,说明) become {@link Vocabulary} tables, the table of township statutory
 * powers (header 法律,条款,事项用语,原文,依据) becomes {@link StatutoryPower} rows; the rules read both through
 * the global {@code tables} ({@link quanze.catalog.WordTables}). Every row must name the clause it stands on (依据).
 * Lines starting with # are comments.
 */
public final class RuleTables {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS)
            .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private RuleTables() {
    }

    /** The facts of one table file; {@code path} is its resource path (its name is the path without quanze/ and .csv). */
    public static List<Object> parse(String path, byte[] bytes) {
        String name = nameOf(path);
        List<Line> rows = read(path, bytes);
        if (rows.isEmpty()) {
            throw new IllegalStateException("规则表 " + path + " 没有数据行");
        }
        Set<String> header = rows.get(0).cells().keySet();
        if (header.contains("用语")) {
            List<Vocabulary.Row> out = new ArrayList<>();
            for (Line l : rows) {
                int line = l.number();
                Map<String, String> r = l.cells();
                String word = Text.normalise(require(path, line, r, "用语"));
                String role = require(path, line, r, "作用");
                Vocabulary.Role rr = switch (role) {
                    case "命中" -> Vocabulary.Role.MATCH;
                    case "排除" -> Vocabulary.Role.EXCLUDE;
                    default -> throw new IllegalStateException(path + " 第" + line + "行：作用应为“命中”或“排除”，不是“" + role + "”");
                };
                out.add(new Vocabulary.Row(word, rr, split(r.get("归类")), split(r.get("配置")),
                        require(path, line, r, "依据"), r.getOrDefault("说明", "")));
            }
            return List.of(new Vocabulary(name, out));
        }
        if (header.contains("法律")) {
            List<Object> out = new ArrayList<>();
            for (Line l : rows) {
                int line = l.number();
                Map<String, String> r = l.cells();
                out.add(new StatutoryPower(require(path, line, r, "法律"), require(path, line, r, "条款"),
                        List.copyOf(split(require(path, line, r, "事项用语"))), require(path, line, r, "原文"),
                        require(path, line, r, "依据")));
            }
            return out;
        }
        throw new IllegalStateException("规则表 " + path + " 的表头既不是词表（用语…）也不是法定职权表（法律…）");
    }

    /**
     * A word table read straight from the class path, for the few places that resolve names before any rule runs
     * (the registry's township name forms, the village forms of a receiver): the same file the rules read.
     */
    public static Vocabulary vocabulary(String name) {
        String path = "quanze/" + name + ".csv";
        return (Vocabulary) parse(path, RuleBase.read(RuleTables.class.getClassLoader(), path)).get(0);
    }

    /** "delegation/enforcement-terms" for quanze/delegation/enforcement-terms.csv. */
    public static String nameOf(String path) {
        String n = path.startsWith("quanze/") ? path.substring("quanze/".length()) : path;
        return n.endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
    }

    /** A data row and the line it stands on in the file (comment lines count, so messages name the right line). */
    private record Line(int number, Map<String, String> cells) {
    }

    private static List<Line> read(String path, byte[] bytes) {
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text(bytes))) {
            List<Line> out = new ArrayList<>();
            while (it.hasNextValue()) {
                // read where the row starts: after it the parser already stands on the next line
                int line = it.getCurrentLocation().getLineNr();
                out.add(new Line(line, it.nextValue()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("规则表 " + path + " 不是可读的 CSV：" + e.getMessage(), e);
        }
    }

    /** A text table's bytes as text: UTF-8, a byte-order mark Excel may put in front dropped (parameters.csv too). */
    static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String require(String path, int line, Map<String, String> row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(path + " 第" + line + "行：“" + column + "”不能为空");
        }
        return v.strip();
    }

    private static Set<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(cell.split("[、 ]+")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
