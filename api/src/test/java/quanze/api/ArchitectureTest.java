package quanze.api;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module arrows of the README ("The shape": catalogs → rules → engine → import-tools → api), one way only, over
 * every package of every module (a package outside the layers fails), and a domain and engine free of Spring and POI.
 */
@AnalyzeClasses(packages = "quanze", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String[] CATALOGS = {"quanze.catalog..", "quanze.decision..", "quanze.township..", "quanze.delegation..",
            "quanze.profile..", "quanze.admission..", "quanze.burden..", "quanze.duty..", "quanze.org..",
            "quanze.responsibility.."};
    static final String[] ENGINE = {"quanze.engine.."};
    static final String[] IMPORT_TOOLS = {"quanze.sheet..", "quanze.importing..", "quanze.report..", "quanze.cli.."};
    static final String[] API = {"quanze.api.."};

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("catalogs").definedBy(CATALOGS)
            .layer("engine").definedBy(ENGINE)
            .layer("import-tools").definedBy(IMPORT_TOOLS)
            .layer("api").definedBy(API)
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("import-tools").mayOnlyBeAccessedByLayers("api")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("import-tools", "api")
            .whereLayer("catalogs").mayOnlyBeAccessedByLayers("engine", "import-tools", "api");

    @ArchTest
    static final ArchRule everyPackageIsInAModule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that().resideInAPackage("quanze..")
            .should().resideInAnyPackage(java.util.stream.Stream.of(CATALOGS, ENGINE, IMPORT_TOOLS, API)
                    .flatMap(java.util.Arrays::stream).toArray(String[]::new));

    /** Feature packages of the service depend on one another one way: a newcomer can read them bottom up. */
    @ArchTest
    static final ArchRule apiFeaturesHaveNoCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("quanze.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineFamiliesHaveNoCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("quanze.engine.(*)..").should().beFreeOfCycles();

    /** The top-level packages (the catalogs' fact packages, import-tools' sheet/importing/report/cli, …) too. */
    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("quanze.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule catalogsKnowNoFramework = noClasses().that().resideInAnyPackage(CATALOGS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.poi..", "org.kie..",
                    "org.drools..", "com.fasterxml..", "jakarta..");

    @ArchTest
    static final ArchRule engineKnowsNoSpringNorPoi = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.poi..", "jakarta..");
}
