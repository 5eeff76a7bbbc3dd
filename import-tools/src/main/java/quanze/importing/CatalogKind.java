package quanze.importing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import quanze.admission.Admission;
import quanze.decision.DecisionKind;
import quanze.report.Verdicts;
import quanze.burden.Burden;
import quanze.duty.ListItem;
import quanze.engine.Registry;
import quanze.engine.admission.AdmissionEngine;
import quanze.responsibility.Matter;
import quanze.sheet.ImportFailure;
import quanze.township.Township;

/**
 * The kinds of catalog a county uploads (formats.md, docs/formats-org.md), declared once: the code the API and the
 * command line take, the title county staff know the sheet by, the column naming its townships (to tell its county
 * when the upload does not), and how its rows are read, validated and decided ({@link #vet}). The service's import,
 * its labels and {@code GET /api/v1/catalog-kinds}, the command line and the web page all read it from here; both
 * the service and the command line go through {@link Pipeline}.
 */
public enum CatalogKind {
    TOWNSHIPS("townships", "乡镇（街道）名册", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            var rows = TownshipCatalog.readRows(in.file(), in.fileName(), in.engines().rules().parameters().profiles());
            Set<String> counties = new LinkedHashSet<>();
            rows.values().forEach(t -> counties.add(t.county()));
            return of(String.join("、", counties), rows, Vetting.townships(rows, in.engines().org(), in.asOf()));
        }
    },
    DELEGATIONS("delegations", "赋权事项清单", DelegationCatalog.REQUIRED, "承接主体") {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            DelegationCatalog.Rows rows = DelegationCatalog.read(in.file(), in.fileName(), in.registry());
            Set<String> named = new TreeSet<>();
            Set<String> counties = new TreeSet<>();
            rows.rows().forEach(r -> r.receivers().stream().filter(x -> !x.village()).forEach(x -> {
                named.add(x.township().code());
                counties.add(x.township().county());
            }));
            Vetting.Result result = Vetting.delegations(rows, in.registry(), in.engines().delegation(),
                    in.context().duties(named), in.asOf(), in.progress());
            return new Vetted(this, receivingCounty(counties, in.registry()), rows.sheet(), rows.headerRow(),
                    rows.rows().size(), rows.rows(), result);
        }

        /** Decided while it streams past, so that a nation's list (millions of rows) costs no more memory than a county's. */
        @Override
        Vetted vetStreamed(Pipeline.Input in, DelegationDecider.Decided each) throws ImportFailure {
            Registry registry = in.registry();
            Set<String> counties = new TreeSet<>();
            Verdicts verdicts = Verdicts.spilled(DecisionKind.DELEGATION, "乡镇");
            int[] read = {0};
            // the duty lists of every township in scope: which ones the list names is known only at its end
            DelegationDecider decider = new DelegationDecider(registry, in.engines().delegation(),
                    in.context().duties(registry.all().stream().map(Township::code).toList()), in.asOf(),
                    (row, decisions, about) -> {
                        verdicts.add(row.rowNumber(), decisions, about.stream().map(Vetting.Subject::name).toList());
                        row.receivers().stream().filter(x -> !x.village()).forEach(x -> counties.add(x.township().county()));
                        each.row(row, decisions, about);
                    }, done -> in.progress().decided(done, read[0]));
            try {
                CatalogReader.Streamed s = DelegationCatalog.stream(in.file(), in.fileName(), registry, row -> {
                    read[0]++;
                    decider.accept(row);
                });
                decider.finish();
                s.skipped().forEach(x -> verdicts.skip(x.rowNumber(), x.reason()));
                Vetting.Result result = new Vetting.Result(DecisionKind.DELEGATION, s.sheet(), s.headerRow(), List.of(),
                        List.of(), List.of(), verdicts);
                return new Vetted(this, receivingCounty(counties, registry), s.sheet(), s.headerRow(), s.rows(),
                        List.of(), result);
            } catch (ImportFailure | RuntimeException e) {
                verdicts.close();
                throw e;
            }
        }
    },
    RESPONSIBILITIES("responsibilities", "属地管理事项主体责任和配合责任清单", ResponsibilityCatalog.REQUIRED, "适用乡镇") {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            Registry registry = in.registry();
            CatalogReader.Rows<Matter> rows = ResponsibilityCatalog.read(in.file(), in.fileName(), registry);
            // a matter with no 适用乡镇 applies to every township of the county the list belongs to: the registry's
            // only county, or the one county of the townships the matters name
            Set<String> named = new TreeSet<>();
            rows.values().forEach(m -> m.townships().forEach(t -> registry.find(t).ifPresent(x -> named.add(x.county()))));
            String county = registry.counties().size() == 1 ? soleCounty(registry)
                    : named.size() == 1 ? named.iterator().next() : UNSPECIFIED;
            Registry own = county.equals(UNSPECIFIED) ? registry : new Registry(registry.ofCounty(county));
            List<String> codes = own.all().stream().map(Township::code).toList();
            return of(county, rows, Vetting.responsibilities(rows, own, in.context().holdings(codes),
                    in.engines().responsibility(), in.context().duties(codes), in.asOf()));
        }
    },
    ADMISSIONS("admissions", "职责准入申请", AdmissionCatalog.REQUIRED, "承接乡镇") {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            CatalogReader.Rows<Admission> rows = AdmissionCatalog.read(in.file(), in.fileName(), in.registry());
            Set<String> named = new TreeSet<>();
            rows.values().forEach(a -> named.addAll(AdmissionEngine.townshipCodes(a, in.registry())));
            return of(soleCounty(in.registry()), rows, Vetting.admissions(rows, in.registry(),
                    in.context().holdings(named), in.engines().admission(), in.context().duties(named), in.asOf()));
        }
    },
    BURDENS("burdens", "考核及“一票否决”“责任状”事项清理表", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            CatalogReader.Rows<Burden> rows = BurdenCatalog.read(in.file(), in.fileName());
            String own = Vetting.burdenCounty(in.county(), in.registry());
            return of(own != null ? own : soleCounty(in.registry()), rows,
                    Vetting.burdens(rows, in.registry(), in.county(), in.engines().burden(), in.asOf()));
        }

        /** A clean-up list's county selects the province profile only (ASM-01, ASM-05): it need not be in the registry. */
        @Override
        boolean scoped() {
            return false;
        }
    },
    SECONDMENTS("secondments", "借调（抽调）人员表", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            return org(OrgCatalogs.secondments(in.file(), in.fileName(), in.registry()), in);
        }
    },
    APPOINTMENTS("appointments", "派驻机构负责人任免表", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            return org(OrgCatalogs.appointments(in.file(), in.fileName(), in.registry()), in);
        }
    },
    PLAQUES("plaques", "挂牌机构与对口设置表", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            return org(OrgCatalogs.plaques(in.file(), in.fileName(), in.registry()), in);
        }
    },
    /** The three duty lists are data the DUTY rules read: stored, not decided. */
    DUTIES("duties", "乡镇（街道）履行职责事项清单", null, null) {
        @Override
        Vetted vet(Pipeline.Input in) throws ImportFailure {
            CatalogReader.Rows<ListItem> rows = DutyCatalog.read(in.file(), in.fileName(), in.registry());
            Set<String> counties = new TreeSet<>();
            rows.values().forEach(i -> in.registry().find(i.township()).ifPresent(t -> counties.add(t.county())));
            return new Vetted(this, String.join("、", counties), rows.sheet(), rows.headerRow(), rows.rows().size(),
                    rows.values(), null);
        }
    };

    private static final String UNSPECIFIED = "未指定";

    private final String code;
    private final String title;
    private final List<String> required;
    private final String townshipColumn;

    CatalogKind(String code, String title, List<String> required, String townshipColumn) {
        this.code = code;
        this.title = title;
        this.required = required;
        this.townshipColumn = townshipColumn;
    }

    /** Reads, validates and decides the rows of one file of this kind (the registry already narrowed to its county). */
    abstract Vetted vet(Pipeline.Input in) throws ImportFailure;

    /**
     * As {@link #vet}, keeping only what the report and the tallies need: the rows and their decisions go to
     * {@code each} and are not kept. Only a delegation list grows to millions of rows; the other kinds are vetted whole.
     */
    Vetted vetStreamed(Pipeline.Input in, DelegationDecider.Decided each) throws ImportFailure {
        return vet(in);
    }

    /** Whether the list is read against one county's townships (the one named or guessed) rather than every one. */
    boolean scoped() {
        return this != TOWNSHIPS;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The columns to find the header by and the column naming townships, when its county can be guessed from it. */
    List<String> required() {
        return required;
    }

    String townshipColumn() {
        return townshipColumn;
    }

    public static Optional<CatalogKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The codes, for a message that names what may be given: "townships、delegations、…". */
    public static String codes() {
        return Arrays.stream(values()).map(CatalogKind::code).collect(Collectors.joining("、"));
    }

    Vetted of(String county, CatalogReader.Rows<?> rows, Vetting.Result result) {
        return new Vetted(this, county, rows.sheet(), rows.headerRow(), rows.rows().size(), rows.values(), result);
    }

    /** Secondments, appointments or plaques (docs/formats-org.md): one ORG decision per row. */
    Vetted org(CatalogReader.Rows<?> rows, Pipeline.Input in) {
        return of(soleCounty(in.registry()), rows, Vetting.orgItems(rows, in.registry(), in.engines().org(), in.asOf()));
    }

    /** The county of a delegation list's receiving townships; one naming none (villages only) belongs to the registry's. */
    static String receivingCounty(Set<String> counties, Registry registry) {
        Set<String> own = counties.isEmpty() ? new TreeSet<>(registry.counties()) : counties;
        return own.isEmpty() ? "未知" : String.join("、", own);
    }

    static String soleCounty(Registry registry) {
        return registry.counties().size() == 1 ? registry.counties().iterator().next() : UNSPECIFIED;
    }
}
