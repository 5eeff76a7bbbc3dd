package quanze.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import quanze.decision.Decision;
import quanze.decision.Finding;
import quanze.delegation.Delegation;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.json.Json;
import quanze.township.Township;

/**
 * Turns every case of every family's case file ({@code <family>.cases.yaml} next to its DRL) into a
 * test, and checks that every rule of the family has a case that fires it and a near miss that does not.
 */
class RuleCasesTest {
    static final RuleBase RULES = RuleBase.load();
    static final ObjectMapper YAML = Json.yaml();

    @TestFactory
    Stream<DynamicNode> everyCaseOfEveryFamily() {
        return RuleBase.indexedResources(getClass().getClassLoader()).stream()
                .filter(p -> p.endsWith(".drl"))
                .map(p -> p.replace(".drl", ".cases.yaml"))
                .map(this::family);
    }

    private DynamicNode family(String path) {
        JsonNode file = readYaml(path);
        String family = file.get("family").asText();
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode c : file.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> runCase(family, file, c)));
        }
        tests.add(DynamicTest.dynamicTest(family + " 每条规则都有触发案例和未触发的近似案例", () -> coverage(family, file)));
        return DynamicContainer.dynamicContainer(path, tests);
    }

    private void runCase(String family, JsonNode file, JsonNode c) throws IOException {
        List<Finding> findings;
        Decision decision;
        switch (family) {
            case "DLG" -> {
                decision = decideDelegation(file, c);
                findings = decision.findings();
            }
            default -> throw new IllegalStateException("没有 " + family + " 的案例执行器");
        }
        JsonNode expect = c.get("expect");
        Set<String> expected = new HashSet<>();
        expect.get("rules").forEach(r -> expected.add(r.asText()));
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(decision.outcome().name()).isEqualTo(expect.get("outcome").asText());
        assertThat(decision.rulesEvaluated()).containsAll(RULES.ruleIds(family));
        for (Finding f : findings) {
            assertThat(f.message()).as("%s 的说明", f.ruleId()).isNotBlank();
            assertThat(f.citations()).as("%s 的依据", f.ruleId()).isNotEmpty();
            assertThat(f.fields()).as("%s 涉及的字段", f.ruleId()).isNotEmpty();
        }
    }

    static Decision decideDelegation(JsonNode file, JsonNode c) throws IOException {
        ObjectNode input = ((ObjectNode) file.get("base")).deepCopy();
        c.get("delegation").fields().forEachRemaining(e -> input.set(e.getKey(), e.getValue()));
        Delegation d = YAML.treeToValue(input, Delegation.class);
        List<Township> townships = new ArrayList<>();
        for (JsonNode t : file.get("registry")) {
            townships.add(YAML.treeToValue(t, Township.class));
        }
        LocalDate asOf = LocalDate.parse(file.get("asOf").asText());
        DelegationEngine engine = new DelegationEngine(RULES, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        List<Decision> decisions = engine.decide(d, new Registry(townships), asOf);
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }

    private void coverage(String family, JsonNode file) {
        Set<String> fired = new HashSet<>();
        Set<String> nearMissed = new HashSet<>();
        for (JsonNode c : file.get("cases")) {
            Set<String> expected = new HashSet<>();
            c.get("expect").get("rules").forEach(r -> expected.add(r.asText()));
            fired.addAll(expected);
            if (c.has("nearMissOf")) {
                for (JsonNode r : c.get("nearMissOf")) {
                    assertThat(expected).as("“%s”是 %s 的近似案例，不应期望它触发", c.get("name").asText(), r.asText())
                            .doesNotContain(r.asText());
                    nearMissed.add(r.asText());
                }
            }
        }
        assertThat(fired).as("触发过的规则").containsAll(RULES.ruleIds(family));
        assertThat(nearMissed).as("有近似案例的规则").containsAll(RULES.ruleIds(family));
    }

    private static JsonNode readYaml(String path) {
        try {
            return YAML.readTree(new String(RuleBase.read(RuleCasesTest.class.getClassLoader(), path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
