package quanze.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import quanze.delegation.DelegationCase;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.DelegationEngine;
import quanze.importing.DelegationCatalog;

/**
 * A change to the DRL measured before it is made: the shipped rule base and variants of it side by side in one JVM,
 * the DLG passes over the province interleaved, each against the plain-Java baseline of {@link ProvinceBenchTest}.
 * A variant is a directory laid out as the rules' resources ({@code quanze/delegation/delegation.drl} …); the
 * files it holds replace the shipped ones. Runs only when given variants:
 * {@code mvn -B -pl bench -Pbench test -Dtest=RuleVariantBenchTest -Dbench.variants=/tmp/a,/tmp/b}.
 */
@Tag("bench")
class RuleVariantBenchTest {

    /** Resources from the variant's directory first, then from the class path. */
    static final class Overlay extends ClassLoader {
        private final Path dir;

        Overlay(Path dir, ClassLoader parent) {
            super(parent);
            this.dir = dir;
        }

        @Override
        public URL getResource(String name) {
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? p.toUri().toURL() : super.getResource(name);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? Files.newInputStream(p) : super.getResourceAsStream(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void variantsSideBySide() throws Exception {
        String variants = System.getProperty("bench.variants");
        Assumptions.assumeTrue(variants != null && !variants.isBlank(), "没有给出 -Dbench.variants");
        RuleBase shipped = RuleBase.load();
        Registry registry = ProvinceBenchTest.registry(shipped);
        List<DelegationCase> cases = ProvinceBenchTest.cases(DelegationCatalog.read(
                ProvinceBenchTest.generated().resolve("delegations.xlsx"), "delegations.xlsx", registry), registry);
        List<String> names = new ArrayList<>(List.of("shipped"));
        List<DelegationEngine> engines = new ArrayList<>(List.of(new DelegationEngine(shipped, Clock.systemUTC())));
        for (String v : variants.split(",")) {
            names.add(v);
            engines.add(new DelegationEngine(RuleBase.load(new Overlay(Path.of(v), getClass().getClassLoader())),
                    Clock.systemUTC()));
        }
        int passes = Integer.getInteger("bench.passes", 18);
        double[][] seconds = new double[engines.size() + 1][passes];
        for (int i = 0; i < passes; i++) {
            for (int e = 0; e < engines.size(); e++) {
                DelegationEngine engine = engines.get(e);
                seconds[e][i] = ProvinceBenchTest.timed(() -> engine.decide(cases));
            }
            seconds[engines.size()][i] = ProvinceBenchTest.timed(() -> ProvinceBenchTest.plainJavaDecisions(cases, shipped));
        }
        // the second half of the passes, after Drools has compiled its constraints and the JIT its network
        for (int e = 0; e < engines.size(); e++) {
            double[] ratios = new double[passes - passes / 2];
            double[] own = Arrays.copyOfRange(seconds[e], passes / 2, passes);
            for (int i = passes / 2; i < passes; i++) {
                ratios[i - passes / 2] = seconds[e][i] / seconds[engines.size()][i];
            }
            System.out.printf("[bench] %s: %,.0f decisions/s, %.2f× plain Java (median of the last %d passes)%n",
                    names.get(e), cases.size() / ProvinceBenchTest.middle(own), ProvinceBenchTest.middle(ratios),
                    ratios.length);
        }
    }
}
