package quanze.importing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import quanze.engine.Registry;
import quanze.sheet.ImportFailure;

/** Paths of the test fixtures and the demo county, shared by the import-tools tests. */
public final class Fixtures {
    public static final Set<String> PROFILES = Set.of("GS", "JS", "GZ", "NX", "CN");
    public static final Path DEMO_TOWNSHIPS = Path.of("..", "demo", "tongwei-townships.csv");
    public static final Path DEMO_DELEGATIONS = Path.of("..", "demo", "tongwei-delegations.csv");
    public static final Path DEMO_ADMISSIONS = Path.of("..", "demo", "tongwei-admissions.csv");
    public static final Path DEMO_RESPONSIBILITIES = Path.of("..", "demo", "tongwei-responsibilities.csv");
    public static final Path DEMO_BURDENS = Path.of("..", "demo", "tongwei-burdens.csv");
    public static final Path DEMO_DUTIES = Path.of("..", "demo", "tongwei-duties.csv");

    private Fixtures() {
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Registry demoRegistry() throws ImportFailure {
        return new Registry(TownshipCatalog.read(DEMO_TOWNSHIPS, DEMO_TOWNSHIPS.getFileName().toString(), PROFILES));
    }
}
