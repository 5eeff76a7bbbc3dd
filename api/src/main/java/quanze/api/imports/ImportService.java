package quanze.api.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import quanze.api.JsonText;
import quanze.api.admission.AdmissionRequests;
import quanze.api.decision.ChainLinks;
import quanze.api.decision.DecisionRepository;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.delegation.Receivers;
import quanze.importing.DelegationCatalog;
import quanze.admission.Admission;
import quanze.burden.Burden;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.burden.BurdenEngine;
import quanze.importing.AdmissionCatalog;
import quanze.importing.BurdenCatalog;
import quanze.importing.CatalogKind;
import quanze.importing.CatalogReader;
import quanze.importing.ResponsibilityCatalog;
import quanze.importing.OrgCatalogs;
import quanze.importing.DutyCatalog;
import quanze.api.duty.DutyRepository;
import quanze.duty.ListItem;
import quanze.importing.Vetting;
import quanze.api.responsibility.MatterRepository;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.engine.org.OrgEngine;
import quanze.responsibility.Matter;
import quanze.importing.TownshipCatalog;
import quanze.profile.ProfileParameter;
import quanze.report.AnnotatedReport;
import quanze.sheet.ImportFailure;
import quanze.township.Township;

/**
 * Imports a catalog spreadsheet in one transaction: read and validate the whole file first (any
 * import error refuses it whole), then store the rows, the decisions on them and the annotated
 * report as a new current version for the county.
 */
@Service
public class ImportService {
    private final JdbcClient jdbc;
    private final TownshipRepository townships;
    private final DecisionRepository decisions;
    private final DelegationItemRepository items;
    private final DelegationEngine engine;
    private final AdmissionEngine admissionEngine;
    private final BurdenEngine burdenEngine;
    private final ResponsibilityEngine responsibilityEngine;
    private final OrgEngine orgEngine;
    private final MatterRepository matters;
    private final DutyRepository dutyItems;
    private final RuleBase rules;
    private final JsonText json;
    private final Clock clock;
    private final ChainLinks chain;

    ImportService(ChainLinks chain, JdbcClient jdbc, TownshipRepository townships, DecisionRepository decisions,
                  DelegationItemRepository items, DelegationEngine engine, AdmissionEngine admissionEngine,
                  BurdenEngine burdenEngine, ResponsibilityEngine responsibilityEngine, OrgEngine orgEngine,
                  MatterRepository matters, DutyRepository dutyItems,
                  RuleBase rules, JsonText json, Clock clock) {
        this.jdbc = jdbc;
        this.townships = townships;
        this.decisions = decisions;
        this.items = items;
        this.engine = engine;
        this.admissionEngine = admissionEngine;
        this.burdenEngine = burdenEngine;
        this.responsibilityEngine = responsibilityEngine;
        this.orgEngine = orgEngine;
        this.matters = matters;
        this.dutyItems = dutyItems;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.chain = chain;
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importFile(String kind, String fileName, InputStream content, String user)
            throws ImportFailure, IOException {
        return importFile(kind, fileName, content, user, null);
    }

    /**
     * @param county the county the list belongs to; needed only when the registry holds several counties and
     *               the list says 全部乡镇（街道） or leaves 适用乡镇 empty
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportSummary importFile(String kind, String fileName, InputStream content, String user, String county)
            throws ImportFailure, IOException {
        CatalogKind catalog = CatalogKind.of(kind).orElseThrow(() -> ApiException.badRequest(List.of(Problem.field("kind",
                "“" + kind + "”不是可导入的清单种类，应为：" + CatalogKind.codes()))));
        Path temp = Files.createTempFile("quanze-import-", ".upload");
        try {
            Files.copy(content, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // a burden list's county selects the province profile only (ASM-01, ASM-05): it need not be in the registry
            Registry scope = catalog == CatalogKind.BURDENS ? townships.registry() : scope(county != null ? county
                    : guessCounty(kind, temp, fileName));
            // every kind has its own branch: a kind added to CatalogKind does not compile here until it is handled
            Stored stored = switch (catalog) {
                case TOWNSHIPS -> townships(temp, fileName, user);
                case DELEGATIONS -> delegations(temp, fileName, user, scope);
                case RESPONSIBILITIES -> responsibilities(temp, fileName, user, scope);
                case ADMISSIONS -> admissions(temp, fileName, user, scope);
                case DUTIES -> duties(temp, fileName, user, scope);
                case SECONDMENTS -> orgItems(kind, OrgCatalogs.secondments(temp, fileName, scope), temp, fileName, user, scope);
                case APPOINTMENTS -> orgItems(kind, OrgCatalogs.appointments(temp, fileName, scope), temp, fileName, user, scope);
                case PLAQUES -> orgItems(kind, OrgCatalogs.plaques(temp, fileName, scope), temp, fileName, user, scope);
                case BURDENS -> burdens(temp, fileName, user, county);
            };
            finish(stored);
            return find(stored.id()).orElseThrow();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Stored townships(Path file, String fileName, String user) throws ImportFailure, IOException {
        CatalogReader.Rows<Township> rows = TownshipCatalog.readRows(file, fileName, rules.parameters().profiles());
        Set<String> counties = new LinkedHashSet<>();
        rows.values().forEach(t -> counties.add(t.county()));
        Vetting.Result result = Vetting.townships(rows, orgEngine, LocalDate.now(clock));
        Stored stored = store("townships", String.join("、", counties), file, fileName, user, result,
                (r, i) -> new DecisionRepository.Meta(rows.values().get(r).code(), rows.values().get(r).code(), user,
                        null));
        // one registry import at a time replaces townships (V11 service_lock), on any instance
        jdbc.sql("select name from service_lock where name = 'registry' for update").query(String.class).single();
        for (String county : counties) {
            townships.replaceCounty(county, rows.values().stream().filter(t -> t.county().equals(county)).toList(),
                    stored.id());
        }
        return stored;
    }

    /**
     * The county of a list uploaded without one while the registry holds several: the one county of the townships its
     * rows name, so 全部乡镇（街道） and an empty 适用乡镇 mean that county's townships; null when that is not one county.
     */
    private String guessCounty(String kind, Path file, String fileName) throws ImportFailure {
        Registry registry = townships.registry();
        if (registry.counties().size() <= 1) {
            return null;
        }
        java.util.Map<String, java.util.Map.Entry<List<String>, String>> columns = java.util.Map.of(
                "delegations", java.util.Map.entry(DelegationCatalog.REQUIRED, "承接主体"),
                "admissions", java.util.Map.entry(AdmissionCatalog.REQUIRED, "承接乡镇"),
                "responsibilities", java.util.Map.entry(ResponsibilityCatalog.REQUIRED, "适用乡镇"));
        var column = columns.get(kind);
        if (column == null) {
            return null;
        }
        Set<String> named = quanze.importing.CountyGuess.counties(file, fileName, column.getKey(), column.getValue(), registry);
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The registry a list is read against: the named county's townships, or every township. */
    private Registry scope(String county) {
        if (county == null || county.isBlank()) {
            return townships.registry();
        }
        return townships.county(county.strip()).orElseThrow(() ->
                ApiException.badRequest(List.of(Problem.field("county", "乡镇名册中没有“" + county + "”"))));
    }

    private Stored delegations(Path file, String fileName, String user, Registry registry)
            throws ImportFailure, IOException {
        DelegationCatalog.Rows rows = DelegationCatalog.read(file, fileName, registry);
        Set<String> named = new TreeSet<>();
        rows.rows().forEach(r -> r.receivers().stream().filter(x -> !x.village()).forEach(x -> named.add(x.township().code())));
        Vetting.Result result = Vetting.delegations(rows, registry, engine, dutyItems.current(named), LocalDate.now(clock));
        Stored stored = store("delegations", county(rows, registry), file, fileName, user, result, (r, i) -> {
            Receivers.Receiver receiver = rows.rows().get(r).receivers().get(i);
            return new DecisionRepository.Meta(receiver.village() ? null : receiver.township().code(),
                    rows.rows().get(r).delegation().itemCode(), user, null);
        });
        List<DelegationItemRepository.Item> list = new ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            DelegationCatalog.Row row = rows.rows().get(r);
            for (int i = 0; i < row.receivers().size(); i++) {
                Receivers.Receiver receiver = row.receivers().get(i);
                list.add(new DelegationItemRepository.Item(row.rowNumber(), receiver.name(),
                        receiver.village() ? null : receiver.township().code(), row.delegation(),
                        stored.byRow().get(r).get(i)));
            }
        }
        items.saveAll(stored.id(), list);
        return stored;
    }

    private Stored responsibilities(Path file, String fileName, String user, Registry registry)
            throws ImportFailure, IOException {
        CatalogReader.Rows<Matter> rows = ResponsibilityCatalog.read(file, fileName, registry);
        // a matter with no 适用乡镇 applies to every township of the county the list belongs to: the registry's
        // only county, or the one county of the townships the matters name
        Set<String> named = new TreeSet<>();
        rows.values().forEach(m -> m.townships().forEach(t -> registry.find(t).ifPresent(x -> named.add(x.county()))));
        String county = registry.counties().size() == 1 ? soleCounty(registry)
                : named.size() == 1 ? named.iterator().next() : "未指定";
        Registry own = county.equals("未指定") ? registry : new Registry(registry.ofCounty(county));
        List<String> codes = own.all().stream().map(Township::code).toList();
        Vetting.Result result = Vetting.responsibilities(rows, own, items.holdings(codes), responsibilityEngine,
                dutyItems.current(codes), LocalDate.now(clock));
        Stored stored = store("responsibilities", county, file, fileName, user, result,
                (r, i) -> new DecisionRepository.Meta(null, rows.values().get(r).matterCode(), user, null));
        matters.saveAll(stored.id(), rows.rows().stream().map(CatalogReader.Row::rowNumber).toList(), rows.values());
        return stored;
    }

    private Stored admissions(Path file, String fileName, String user, Registry registry)
            throws ImportFailure, IOException {
        CatalogReader.Rows<Admission> rows = AdmissionCatalog.read(file, fileName, registry);
        Set<String> named = new TreeSet<>();
        rows.values().forEach(a -> named.addAll(AdmissionRequests.townshipCodes(a, registry)));
        Vetting.Result result = Vetting.admissions(rows, registry, items.holdings(named), admissionEngine,
                dutyItems.current(named),
                LocalDate.now(clock));
        Stored stored = store("admissions", soleCounty(registry), file, fileName, user, result,
                (r, i) -> new DecisionRepository.Meta(null, rows.values().get(r).requestId(), user, null));
        for (int r = 0; r < stored.byRow().size(); r++) {
            for (Decision d : stored.byRow().get(r)) {
                dutyItems.recordAmendments(d, rows.values().get(r).requestId());
            }
        }
        return stored;
    }

    /** The three duty lists are data the DUTY rules read: stored as a new version, no decisions of their own. */
    private Stored duties(Path file, String fileName, String user, Registry registry)
            throws ImportFailure, IOException {
        CatalogReader.Rows<ListItem> rows = DutyCatalog.read(file, fileName, registry);
        Set<String> counties = new TreeSet<>();
        rows.values().forEach(i -> registry.find(i.township()).ifPresent(t -> counties.add(t.county())));
        String id = newImport("duties", String.join("、", counties), file, fileName, user, rows.rows().size(), Map.of(),
                rows.sheet(), null, rows.headerRow());
        dutyItems.saveAll(id, rows.values());
        return new Stored(id, List.of(), null);
    }

    /** Secondments, appointments or plaques (docs/formats-org.md): one ORG decision per row. */
    private Stored orgItems(String kind, CatalogReader.Rows<?> rows, Path file, String fileName, String user,
                                   Registry registry) throws ImportFailure, IOException {
        Vetting.Result result = Vetting.orgItems(rows, registry, orgEngine, LocalDate.now(clock));
        return store(kind, soleCounty(registry), file, fileName, user, result, (r, i) -> {
            String code = registry.find(((quanze.org.TownshipItem) rows.values().get(r)).township()).map(Township::code).orElse(null);
            return new DecisionRepository.Meta(code, code, user, null);
        });
    }


    /** @param county the import's county parameter: the profile of a row with no 所属县 of its own */
    private Stored burdens(Path file, String fileName, String user, String county) throws ImportFailure, IOException {
        CatalogReader.Rows<Burden> rows = BurdenCatalog.read(file, fileName);
        Registry registry = townships.registry();
        String own = Vetting.burdenCounty(county, registry);
        Vetting.Result result = Vetting.burdens(rows, registry, county, burdenEngine, LocalDate.now(clock));
        return store("burdens", own != null ? own : soleCounty(registry), file, fileName, user, result,
                (r, i) -> new DecisionRepository.Meta(null, rows.values().get(r).code(), user, null));
    }

    /** What is stored with decision {@code i} of row {@code r}. */
    private interface MetaOf {
        DecisionRepository.Meta of(int row, int index);
    }

    /** A stored import: its id, its decisions by row (now with their ids) and their chain, null when it has none. */
    private record Stored(String id, List<List<Decision>> byRow, DecisionRepository.ImportChain chain) {
    }

    /**
     * Makes a stored import the current version of its county's catalog of its kind and links its decisions to the
     * log, both under the chain head's lock, taken here, just before the import commits: versions are numbered in
     * the order imports commit, consecutive and one current (unique indexes of V11), whichever instance runs them.
     */
    private void finish(Stored stored) {
        if (stored.chain() != null) {
            decisions.linkImport(stored.chain());
        } else {
            chain.lock();
        }
        record Series(String kind, String county) {
        }
        Series s = jdbc.sql("select kind, county from catalog_import where id = ?").param(stored.id())
                .query((rs, i) -> new Series(rs.getString(1), rs.getString(2))).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from catalog_import where county = ? and kind = ?")
                .params(s.county(), s.kind()).query(Integer.class).single();
        jdbc.sql("update catalog_import set is_current = false, current_kind = null where county = ? and kind = ? and is_current")
                .params(s.county(), s.kind()).update();
        jdbc.sql("update catalog_import set version = ?, is_current = true, current_kind = kind where id = ?")
                .params(version, stored.id()).update();
    }

    /** Stores the import with its annotated report and every decision, tied to the import. */
    private Stored store(String kind, String county, Path file, String fileName, String user, Vetting.Result result,
                         MetaOf metaOf) throws IOException, ImportFailure {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        result.verdicts().rowsByOutcome().forEach((o, n) -> outcomes.put(o.name(), n));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        AnnotatedReport.write(file, fileName, result.sheet(), result.headerRow(), result.verdicts(), rules.rules(), report);
        String id = newImport(kind, county, file, fileName, user, result.rows(), outcomes, result.sheet(),
                report.toByteArray(), result.headerRow());
        List<Decision> flat = new ArrayList<>();
        List<DecisionRepository.Meta> metas = new ArrayList<>();
        FindingTally tally = new FindingTally();
        for (int r = 0; r < result.decisionsByRow().size(); r++) {
            List<Decision> own = result.decisionsByRow().get(r);
            int rowNumber = result.rowNumbers().get(r);
            for (int i = 0; i < own.size(); i++) {
                DecisionRepository.Meta m = metaOf.of(r, i);
                flat.add(own.get(i));
                metas.add(new DecisionRepository.Meta(m.townshipCode(), m.subject(), m.madeBy(), id, rowNumber));
                tally.add(rowNumber, m.townshipCode(), own.get(i));
            }
        }
        jdbc.sql("update catalog_import set findings = ? where id = ?").params(json.write(tally.result()), id).update();
        DecisionRepository.ImportChain chain = new DecisionRepository.ImportChain(id);
        List<Decision> saved = decisions.saveOfImport(chain, flat, metas);
        List<List<Decision>> byRow = new ArrayList<>();
        int next = 0;
        for (List<Decision> own : result.decisionsByRow()) {
            byRow.add(saved.subList(next, next + own.size()));
            next += own.size();
        }
        return new Stored(id, byRow, chain);
    }

    private static String soleCounty(Registry registry) {
        return registry.counties().size() == 1 ? registry.counties().iterator().next() : "未指定";
    }

    /** The county a delegation list belongs to: that of its receiving townships. */
    private static String county(DelegationCatalog.Rows rows, Registry registry) {
        Set<String> counties = new TreeSet<>();
        rows.rows().forEach(r -> r.receivers().stream().filter(x -> !x.village())
                .forEach(x -> counties.add(x.township().county())));
        if (counties.isEmpty()) {
            counties.addAll(registry.counties());
        }
        return counties.isEmpty() ? "未知" : String.join("、", counties);
    }

    private String newImport(String kind, String county, Path file, String fileName, String user, int rowCount,
                             Map<String, Integer> outcomes, String sheet, byte[] report, int headerRow) throws IOException {
        String id = UUID.randomUUID().toString();
        // numbered and made current when it commits (finish)
        jdbc.sql("insert into catalog_import (id, kind, county, version, is_current, file_name, uploaded_by, created_at,"
                        + " rows_read, outcomes, rule_set_version, data_sheet, header_row)"
                        + " values (?,?,?,null,false,?,?,?,?,?,?,?,?)")
                .params(id, kind, county, fileName, user, Timestamp.from(Instant.now(clock)), rowCount,
                        json.write(outcomes), rules.version(), sheet, headerRow)
                .update();
        jdbc.sql("insert into catalog_file (import_id, original, report) values (?, ?, ?)")
                .params(id, Files.readAllBytes(file), report).update();
        return id;
    }

    private static final String SUMMARY = "select id, kind, county, version, is_current, file_name, uploaded_by, created_at,"
            + " rows_read, outcomes, rule_set_version from catalog_import";

    public Optional<ImportSummary> find(String id) {
        return jdbc.sql(SUMMARY + " where id = ?").param(id).query(this::summary).optional();
    }

    private ImportSummary summary(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ImportSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getInt(9),
                json.read(rs.getString(10), new TypeReference<LinkedHashMap<String, Integer>>() { }), rs.getString(11));
    }

    /** The tally of an import's findings; empty for imports that make no decisions (duty lists). */
    public FindingTally.Result tally(String id) {
        String stored = jdbc.sql("select findings from catalog_import where id = ?").param(id).query(String.class)
                .optional().orElse(null);
        return stored == null ? new FindingTally.Result(List.of(), List.of(), 0, Map.of()) : json.read(stored, FindingTally.Result.class);
    }

    /** The latest imports, newest first. */
    public List<ImportSummary> latest(int limit) {
        return jdbc.sql(SUMMARY + " order by created_at desc limit ?").param(limit).query(this::summary).list();
    }

    public Optional<byte[]> report(String id) {
        return jdbc.sql("select report from catalog_file where import_id = ? and report is not null").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    public boolean hasCurrent(String kind, String county) {
        return jdbc.sql("select count(*) from catalog_import where kind = ? and county = ? and is_current")
                .params(kind, county).query(Integer.class).single() > 0;
    }


}
