package quanze.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import quanze.decision.Citation;

/**
 * The text the rules rest on (quanze/sources/sources.yaml): for each cited clause the sentences it says,
 * quoted from the seed documents or the statute, so a reviewer can read a rule beside its source.
 */
public final class Sources {
    public static final String FILE = "quanze/sources/sources.yaml";

    /** A document a rule cites; {@code file} names its full text beside sources.yaml, null for statutes. */
    public record Document(String key, String title, String file) {
    }

    /** What one clause says; {@code clause} is null where a document is cited as a whole. */
    public record Clause(String source, String clause, List<String> quote) {
        public Clause {
            quote = List.copyOf(quote);
        }
    }

    private record Yaml(Map<String, Document> documents, List<Clause> clauses) {
    }

    private final Map<String, Document> documents;
    private final List<Clause> clauses;

    private Sources(Map<String, Document> documents, List<Clause> clauses) {
        this.documents = documents;
        this.clauses = clauses;
    }

    /** Sources from given parts: for tests of the checks below. */
    static Sources of(Map<String, Document> documents, List<Clause> clauses) {
        return new Sources(new LinkedHashMap<>(documents), List.copyOf(clauses));
    }

    public static Sources load() {
        try (InputStream in = resource(FILE)) {
            Yaml yaml = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Yaml.class);
            Map<String, Document> docs = new LinkedHashMap<>();
            yaml.documents().forEach((key, d) -> docs.put(key, new Document(key, d.title(), d.file())));
            return new Sources(docs, List.copyOf(yaml.clauses()));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + FILE, e);
        }
    }

    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<Document> document(String key) {
        return Optional.ofNullable(documents.get(key));
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** The quoted clause a citation points to. */
    public Optional<Clause> clause(Citation citation) {
        return clauses.stream()
                .filter(c -> c.source().equals(citation.source()) && Objects.equals(c.clause(), citation.clause()))
                .findFirst();
    }

    /** The full text of a seed document, for reading a quote in its context. */
    public Optional<String> text(String key) {
        Document d = documents.get(key);
        if (d == null || d.file() == null) {
            return Optional.empty();
        }
        try (InputStream in = resource("quanze/sources/" + d.file())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes that do not occur in their seed document (whitespace aside): empty when every quote is verbatim. */
    public List<String> notVerbatim() {
        List<String> out = new ArrayList<>();
        for (Clause c : clauses) {
            Optional<String> text = text(c.source());
            if (text.isEmpty()) {
                continue;
            }
            String flat = squeeze(text.get());
            for (String q : c.quote()) {
                if (!flat.contains(squeeze(q))) {
                    out.add(c.source() + " " + c.clause() + ": " + q);
                }
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Sources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("缺少资源 " + name);
        }
        return in;
    }
}
