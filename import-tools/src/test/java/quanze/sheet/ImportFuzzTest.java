package quanze.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import quanze.engine.Registry;
import quanze.importing.DelegationCatalog;
import quanze.importing.TownshipCatalog;

/**
 * Mutated catalogs (bytes cut, repeated, overwritten; separators and quotes thrown in) either read or are
 * refused with problems in Chinese; nothing else ever escapes an importer.
 */
class ImportFuzzTest {
    static final Path DEMO = Path.of("..", "demo");

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DEMO.resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedCsv() {
        return mutated(bytes("tongwei-delegations.csv"));
    }

    @Provide
    Arbitrary<byte[]> mutatedXlsx() throws Exception {
        return mutated(Files.readAllBytes(Path.of(ImportFuzzTest.class.getResource("/fixtures/文本日期与数字日期.xlsx").toURI())));
    }

    static Arbitrary<byte[]> mutated(byte[] base) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(32);
        return Combinators.combine(at, length, kind, noise).as((i, n, k, junk) -> {
            int end = Math.min(base.length, i + n);
            byte[] head = java.util.Arrays.copyOfRange(base, 0, i);
            byte[] tail = java.util.Arrays.copyOfRange(base, end, base.length);
            byte[] middle = switch (k) {
                case 0 -> new byte[0];                                          // cut
                case 1 -> java.util.Arrays.copyOfRange(base, i, end);           // keep, then repeat below
                case 2 -> junk;                                                 // overwrite
                case 3 -> ",\"\"\n,,\"".getBytes(java.nio.charset.StandardCharsets.UTF_8); // broken quoting
                default -> new byte[] {(byte) 0xE5, (byte) 0x00, (byte) 0xFF};  // broken encoding
            };
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(head);
            out.writeBytes(middle);
            if (k == 1) {
                out.writeBytes(middle);
            }
            out.writeBytes(tail);
            return out.toByteArray();
        });
    }

    @Property(tries = 150)
    void aMutatedCsvIsReadOrRefusedInChinese(@ForAll("mutatedCsv") byte[] file) throws Exception {
        readOrRefused(file, "清单.csv");
    }

    @Property(tries = 150)
    void aMutatedXlsxIsReadOrRefusedInChinese(@ForAll("mutatedXlsx") byte[] file) throws Exception {
        readOrRefused(file, "清单.xlsx");
    }

    static void readOrRefused(byte[] file, String name) throws Exception {
        Path temp = Files.createTempFile("fuzz", name);
        try {
            Files.write(temp, file);
            Registry registry = new Registry(TownshipCatalog.read(DEMO.resolve("tongwei-townships.csv"), "t.csv",
                    Set.of("GS", "CN")));
            try {
                DelegationCatalog.read(temp, name, registry);
            } catch (ImportFailure f) {
                assertThat(f.problems()).isNotEmpty().allSatisfy(p ->
                        assertThat(p.message()).as("问题说明应为中文").containsPattern("\\p{IsHan}"));
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
