package quanze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine builds from quanze/rules.index; a rule file left out of it would silently not run. */
class RulesIndexTest {
    static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void everyRuleDecisionTableAndParameterFileIsIndexedAndEveryIndexedFileExists() throws IOException {
        List<String> indexed = Files.readAllLines(RESOURCES.resolve("quanze/rules.index")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> present;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("quanze"))) {
            present = files.filter(Files::isRegularFile)
                    .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".drl") || p.endsWith(".csv"))
                    .toList();
        }
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void everyRuleFamilyHasItsCaseFileBesideIt() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("quanze"))) {
            files.filter(p -> p.toString().endsWith(".drl")).forEach(drl -> assertThat(
                    drl.resolveSibling(drl.getFileName().toString().replace(".drl", ".cases.yaml")))
                    .as("%s 的案例文件", drl).exists());
        }
    }
}
