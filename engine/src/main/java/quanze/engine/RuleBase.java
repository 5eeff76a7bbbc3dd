package quanze.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import quanze.decision.Citation;
import quanze.decision.Severity;

/**
 * The compiled rule set: built once from the resources listed in {@code quanze/rules.index}
 * (rules module) — from the executable model the engine's build generated from them ({@link RuleModel}), else by
 * compiling the DRL — with its catalogue read from each rule's metadata and a version that is the
 * SHA-256 of every rule file and of the parameter workbook in force. Reading an index instead of scanning the class path
 * keeps this working inside a Spring Boot fat jar (nested jars cannot be listed portably).
 */
public final class RuleBase {
    public static final String INDEX = "quanze/rules.index";
    public static final String PARAMETERS = "quanze/profile/parameters.csv";
    static final String TABLES_GLOBAL = "tables";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> byName;
    /** The word tables and the table of township statutory powers, in the order of the index. */
    private final List<Object> tables;
    /** The same tables as every session's global {@code tables}, through which the rules read them; null if undeclared. */
    private final quanze.catalog.WordTables wordTables;
    /** SHA-256 over the rule and decision-table files: the part of the version an ADMIN cannot change. */
    private final byte[] rulesDigest;
    /** The Chinese string literals of the rules, each once, in file order: the fixed wording of their messages. */
    private final List<String> wording;
    private volatile Snapshot current;
    /** Whether the KieBase came from the executable model generated at build time. */
    private final boolean generated;

    /**
     * The parameters in force and the rule-set version they make together. An engine takes one snapshot
     * per decision, so a decision is made whole under one version even while an ADMIN replaces the table.
     */
    public record Snapshot(Parameters parameters, String version) {
    }

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> byName, List<Object> tables, byte[] rulesDigest,
                     List<String> wording, byte[] parameterWorkbook, boolean generated) {
        this.generated = generated;
        this.kieBase = kieBase;
        this.wording = List.copyOf(wording);
        this.tables = List.copyOf(tables);
        this.wordTables = kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(TABLES_GLOBAL)) ? new quanze.catalog.WordTables(tables) : null;
        this.byName = byName;
        this.rulesDigest = rulesDigest;
        this.current = snapshotOf(parameterWorkbook, Parameters.parse(parameterWorkbook));
    }

    private Snapshot snapshotOf(byte[] source, Parameters parameters) {
        MessageDigest digest = sha256();
        digest.update(rulesDigest);
        digest.update(source);
        return new Snapshot(parameters, "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    /** Whether the rules came from the executable model generated at build time (else the DRL was compiled). */
    public boolean fromGeneratedModel() {
        return generated;
    }

    public Snapshot snapshot() {
        return current;
    }

    /**
     * Puts a new parameter table in force (issue: a province that issues a new limit is one new row).
     * Decisions made before keep the version they recorded; decisions after record the new one, a digest of the
     * rules and of the table's file as uploaded.
     *
     * @param source the file the table was read from
     */
    public synchronized Snapshot replaceParameters(byte[] source, Parameters parameters) {
        Snapshot next = snapshotOf(source, parameters);
        current = next;
        return next;
    }

    /**
     * As above, from a table in the shipped CSV form (header on the first line).
     *
     * @throws InvalidParametersException with every problem; the table in force is then unchanged
     */
    public Snapshot replaceParameters(byte[] csv) {
        return replaceParameters(csv, Parameters.parse(csv));
    }

    public static RuleBase load() {
        return load(RuleBase.class.getClassLoader());
    }

    /**
     * The rule set on the class path: its executable model generated at build time ({@link #MODEL}, see
     * {@link RuleModel}) when that model was generated from these very rule files, else the DRL compiled now.
     */
    public static RuleBase load(ClassLoader loader) {
        Resources r = Resources.read(loader);
        KieBase generated = generatedModel(loader, r.digest());
        return generated != null ? new RuleBase(generated, r, true) : new RuleBase(compile(loader, r, false), r, false);
    }

    /**
     * The rule set compiled now, whatever was generated at build time: the DRL for MVEL's network, or the executable
     * model (the rules as generated Java) — what the build generates, so tests run each path.
     */
    public static RuleBase compile(ClassLoader loader, boolean executableModel) {
        Resources r = Resources.read(loader);
        return new RuleBase(compile(loader, r, executableModel), r, false);
    }

    /** The list of generated model classes, first line the digest of the rule files they were generated from. */
    static final String MODEL = "quanze/rules.model";

    /** The first line of {@link #MODEL}: what {@link RuleModel} writes and {@link #generatedModel} checks. */
    static String modelHeader(byte[] digest) {
        return "# " + HexFormat.of().formatHex(digest);
    }

    /** What the rule files hold besides the rules: their digest, the tables, the messages' wording, the parameters. */
    record Resources(Map<String, byte[]> drl, byte[] digest, List<Object> tables, List<String> wording,
                     byte[] parameters) {
        static Resources read(ClassLoader loader) {
            Map<String, byte[]> drl = new LinkedHashMap<>();
            MessageDigest digest = sha256();
            byte[] parameterBytes = null;
            List<Object> tables = new ArrayList<>();
            java.util.Set<String> wording = new java.util.LinkedHashSet<>();
            for (String path : indexedResources(loader)) {
                byte[] bytes = RuleBase.read(loader, path);
                if (path.endsWith(PARAMETERS)) {
                    parameterBytes = bytes;
                } else if (path.endsWith(".drl")) {
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                    drl.put(path, bytes);
                    java.util.regex.Matcher literal = LITERAL.matcher(new String(bytes, StandardCharsets.UTF_8));
                    while (literal.find()) {
                        if (literal.group(1).chars().anyMatch(c -> c > 0x7f)) {
                            wording.add(literal.group(1));
                        }
                    }
                } else if (path.endsWith(".csv")) {
                    digest.update(path.getBytes(StandardCharsets.UTF_8));
                    digest.update(bytes);
                    tables.addAll(RuleTables.parse(path, bytes));
                }
            }
            if (parameterBytes == null) {
                throw new IllegalStateException("规则索引中缺少参数表 " + PARAMETERS);
            }
            return new Resources(drl, digest.digest(), tables, new ArrayList<>(wording), parameterBytes);
        }
    }

    private RuleBase(KieBase kieBase, Resources r, boolean generated) {
        this(kieBase, catalogue(kieBase), r.tables(), r.digest(), r.wording(), r.parameters(), generated);
    }

    /** Builds the rule files into a KieModule: MVEL's network, or the executable model. */
    static org.kie.api.builder.KieModule build(ClassLoader loader, Resources r, boolean executableModel) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        r.drl().forEach((path, bytes) -> kfs.write("src/main/resources/" + path, bytes));
        // stateless sessions never modify a fact, so property reactivity buys nothing
        org.kie.api.builder.model.KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty(org.kie.internal.builder.conf.PropertySpecificOption.PROPERTY_NAME, "ALLOWED");
        module.newKieBaseModel("quanze").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        KieBuilder builder = executableModel
                ? ks.newKieBuilder(kfs, loader).buildAll(org.drools.model.codegen.ExecutableModelProject.class)
                : ks.newKieBuilder(kfs, loader).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("规则编译失败：" + errors.stream().map(Message::toString)
                    .collect(Collectors.joining("\n")));
        }
        return builder.getKieModule();
    }

    private static KieBase compile(ClassLoader loader, Resources r, boolean executableModel) {
        build(loader, r, executableModel);
        KieServices ks = KieServices.Factory.get();
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId(), loader);
        return container.getKieBase();
    }

    /** The model generated at build time, or null when there is none or it was generated from other rule files. */
    private static KieBase generatedModel(ClassLoader loader, byte[] digest) {
        if (loader.getResource(MODEL) == null) {
            return null;
        }
        List<String> lines = new String(read(loader, MODEL), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || !lines.get(0).equals(modelHeader(digest))) {
            return null;
        }
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String name : lines.subList(1, lines.size())) {
            try {
                models.add((org.drools.model.Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("无法载入生成的规则模型 " + name, e);
            }
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Map<String, RuleInfo> catalogue(KieBase kieBase) {
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            RuleInfo info = info(rule);
            if (info != null) {
                byName.put(rule.getName(), info);
                infos.add(info);
            }
        }));
        Map<String, RuleInfo> sorted = new LinkedHashMap<>();
        byName.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(RuleInfo::id)))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Rules without an @id (the decision-table classifiers) raise no findings and are not catalogued. */
    private static RuleInfo info(Rule rule) {
        Object id = rule.getMetaData().get("id");
        if (id == null) {
            return null;
        }
        Object severity = rule.getMetaData().get("severity");
        Object cites = rule.getMetaData().get("cites");
        if (severity == null || cites == null) {
            throw new IllegalStateException("规则 " + id + " 缺少 @severity 或 @cites 元数据");
        }
        String name = rule.getName();
        String title = name.startsWith(id + " ") ? name.substring(id.toString().length() + 1) : name;
        String family = id.toString().substring(0, id.toString().indexOf('-'));
        Object applies = rule.getMetaData().get("applies");
        List<String> handedTo = applies == null ? List.of()
                : java.util.Arrays.stream(applies.toString().split(",")).map(String::strip).toList();
        return new RuleInfo(id.toString(), family, Severity.valueOf(severity.toString()), title,
                Citation.parseAll(cites.toString()), handedTo);
    }

    static List<String> indexedResources(ClassLoader loader) {
        String index = new String(read(loader, INDEX), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** A resource of the rule set as bytes (e.g. {@link #PARAMETERS}, the workbook shipped with the release). */
    public static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("找不到规则资源：" + path);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The fixed wording of the rules' messages (their Chinese string literals, each once, in file order): what the
     * decision log compresses decisions against (the api's StoredForm), so a message costs little more than its values.
     */
    public List<String> wording() {
        return wording;
    }

    /** The tables the rules read through the global {@code tables} (word tables, township statutory powers). */
    public List<Object> tables() {
        return tables;
    }

    /** A word table by name ("delegation/enforcement-terms"). */
    public quanze.catalog.Vocabulary vocabulary(String name) {
        return tables.stream().filter(t -> t instanceof quanze.catalog.Vocabulary v && v.getName().equals(name))
                .map(quanze.catalog.Vocabulary.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("规则库中没有词表 " + name));
    }

    StatelessKieSession newSession() {
        StatelessKieSession session = kieBase.newStatelessKieSession();
        if (wordTables != null) {
            session.setGlobal(TABLES_GLOBAL, wordTables);
        }
        return session;
    }

    RuleInfo byRuleName(String ruleName) {
        RuleInfo info = byName.get(ruleName);
        if (info == null) {
            throw new IllegalStateException("规则“" + ruleName + "”没有 @id 元数据，不能产生结论");
        }
        return info;
    }

    /** The catalogue, sorted by id, each rule once (a rule written as several facets, such as DLG-04, is one entry). */
    public List<RuleInfo> rules() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        byName.values().forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }

    public RuleInfo byId(String id) {
        return byName.values().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("规则库中没有规则 " + id));
    }

    /** The ids of a family, each once (a rule such as ORG-01 may have several facets, one DRL rule each). */
    public List<String> ruleIds(String family) {
        return byName.values().stream().filter(r -> r.family().equals(family)).map(RuleInfo::id).distinct().toList();
    }

    /** The version in force now; an engine records the one of the snapshot it decided under. */
    public String version() {
        return current.version();
    }

    public Parameters parameters() {
        return current.parameters();
    }
}
