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
import quanze.admission.Admission;
import quanze.burden.Burden;
import quanze.engine.admission.AdmissionEngine;
import quanze.engine.burden.BurdenEngine;
import quanze.engine.duty.DutyLists;
import quanze.duty.ListItem;
import quanze.engine.org.OrgEngine;
import quanze.org.OrgRecord;
import quanze.engine.responsibility.Resolution;
import quanze.engine.responsibility.ResponsibilityEngine;
import quanze.responsibility.Matter;
import quanze.engine.delegation.DelegationEngine;
import quanze.engine.json.Json;
import quanze.township.Township;

/**
 * Turns every case of every family's case file ({@code <family>.cases.yaml} next to its DRL) into a
 * test, and checks that every rule of the family has a case that fires it and a near miss that does not.
 */
class RuleCasesTest {
    /** The model generated at build time; with quanze.test.drl=true (engine's pom) the DRL compiled at run time. */
    static final RuleBase RULES = Boolean.getBoolean("quanze.test.drl")
            ? RuleBase.compile(RuleCasesTest.class.getClassLoader(), false) : RuleBase.load();
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
        Decision decision = switch (family) {
            case "DLG" -> decideDelegation(file, c);
            case "ADM" -> decideAdmission(file, c);
            case "TER" -> decideResponsibility(file, c);
            case "DUTY" -> decideDuty(file, c);
            case "ORG" -> new OrgEngine(RULES, CLOCK).decide(
                    YAML.treeToValue(input(file, c, "org"), OrgRecord.class), registry(file), asOf(file));
            case "ASM" -> new BurdenEngine(RULES, CLOCK).decide(
                    YAML.treeToValue(input(file, c, "burden"), Burden.class), registry(file), asOf(file));
            default -> throw new IllegalStateException("没有 " + family + " 的案例执行器");
        };
        List<Finding> findings = decision.findings();
        JsonNode expect = c.get("expect");
        Set<String> expected = new HashSet<>();
        expect.get("rules").forEach(r -> expected.add(r.asText()));
        assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(decision.outcome().name()).isEqualTo(expect.get("outcome").asText());
        // a DUTY rule runs inside the families that can meet it (rules.md DUTY), never all of them in one decision
        assertThat(decision.rulesEvaluated()).containsAll(family.equals("DUTY") ? expected : RULES.ruleIds(family));
        assertThat(decision.kind().outcomes()).extracting(Enum::name).contains(expect.get("outcome").asText());
        for (Finding f : findings) {
            assertThat(f.message()).as("%s 的说明", f.ruleId()).isNotBlank();
            assertThat(f.citations()).as("%s 的依据", f.ruleId()).isNotEmpty();
            assertThat(f.fields()).as("%s 涉及的字段", f.ruleId()).isNotEmpty();
        }
    }

    static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    /** The case's input: the file's base with the fields the case names replaced. */
    static ObjectNode input(JsonNode file, JsonNode c, String key) {
        return input(file, c, key, "base");
    }

    static ObjectNode input(JsonNode file, JsonNode c, String key, String base) {
        ObjectNode input = ((ObjectNode) file.get(base)).deepCopy();
        c.get(key).fields().forEachRemaining(e -> input.set(e.getKey(), e.getValue()));
        return input;
    }

    static LocalDate asOf(JsonNode file) {
        return LocalDate.parse(file.get("asOf").asText());
    }

    static Registry registry(JsonNode file) throws IOException {
        List<Township> townships = new ArrayList<>();
        for (JsonNode t : file.path("registry")) {
            townships.add(YAML.treeToValue(t, Township.class));
        }
        return new Registry(townships);
    }

    static Decision decideDelegation(JsonNode file, JsonNode c) throws IOException {
        Delegation d = YAML.treeToValue(input(file, c, "delegation"), Delegation.class);
        List<Decision> decisions = new DelegationEngine(RULES, CLOCK).decide(d, registry(file), lists(file), asOf(file));
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }

    static Decision decideResponsibility(JsonNode file, JsonNode c) throws IOException {
        Matter m = YAML.treeToValue(input(file, c, "matter"), Matter.class);
        // the case file's powers: held {township code: [item codes]}, departments {item code: department}
        JsonNode powers = file.get("powers");
        List<PowerHoldings.Entry> entries = new ArrayList<>();
        if (powers != null) {
            powers.path("departments").fields().forEachRemaining(e ->
                    entries.add(new PowerHoldings.Entry(null, e.getKey(), null, e.getValue().asText(), false)));
            powers.path("held").fields().forEachRemaining(e -> e.getValue().forEach(code ->
                    entries.add(new PowerHoldings.Entry(e.getKey(), code.asText(), null, null, true))));
        }
        PowerHoldings p = new PowerHoldings(entries);
        ResponsibilityEngine.Result result = new ResponsibilityEngine(RULES, CLOCK).decide(List.of(m), registry(file), p,
                lists(file), asOf(file));
        JsonNode should = c.get("expect").get("shouldBePrimary");
        if (should != null) {
            assertThat(result.resolutions()).extracting(Resolution::shouldBePrimary).contains(should.asText());
        } else {
            assertThat(result.resolutions()).extracting(Resolution::shouldBePrimary).containsOnlyNulls();
        }
        return result.decisions().get(0);
    }

    /** The file's duty lists and pending amendments ({@code lists}, {@code amendments}); empty when it has none. */
    static DutyLists lists(JsonNode file) throws IOException {
        List<ListItem> items = new ArrayList<>();
        for (JsonNode i : file.path("lists")) {
            items.add(YAML.treeToValue(i, ListItem.class));
        }
        List<quanze.duty.ListAmendment> amendments = new ArrayList<>();
        for (JsonNode a : file.path("amendments")) {
            amendments.add(YAML.treeToValue(a, quanze.duty.ListAmendment.class));
        }
        return new DutyLists(items, amendments);
    }

    static Decision decideDuty(JsonNode file, JsonNode c) throws IOException {
        DutyLists lists = lists(file);
        if (c.has("matter")) {
            Matter m = YAML.treeToValue(input(file, c, "matter", "matterBase"), Matter.class);
            return new ResponsibilityEngine(RULES, CLOCK).decide(List.of(m), registry(file), PowerHoldings.NONE, lists, asOf(file))
                    .decisions().get(0);
        }
        if (c.has("delegation")) {
            ObjectNode input = ((ObjectNode) file.get("delegationBase")).deepCopy();
            c.get("delegation").fields().forEachRemaining(e -> input.set(e.getKey(), e.getValue()));
            Delegation d = YAML.treeToValue(input, Delegation.class);
            Registry registry = registry(file);
            var cases = DelegationEngine.cases(d, quanze.engine.delegation.Receivers.resolve(d.receiver(), registry)
                    .receivers(), registry, asOf(file));
            return new DelegationEngine(RULES, CLOCK).decide(cases, lists).get(0);
        }
        Admission a = YAML.treeToValue(input(file, c, "admission"), Admission.class);
        Decision d = new AdmissionEngine(RULES, CLOCK).decide(a, registry(file), PowerHoldings.NONE, lists, asOf(file));
        amendmentsAsExpected(c, d);
        return d;
    }

    /** {@code expect.amendments}: the lists an admitted off-list request must amend, as "township list" pairs. */
    static void amendmentsAsExpected(JsonNode c, Decision d) {
        JsonNode expected = c.get("expect").get("amendments");
        List<String> actual = d.listAmendments() == null ? List.of() : d.listAmendments().stream()
                .map(a -> a.townshipName() + " " + a.list().name()).toList();
        List<String> wanted = new ArrayList<>();
        if (expected != null) {
            expected.forEach(e -> wanted.add(e.asText()));
        }
        assertThat(actual).as("清单修订").containsExactlyInAnyOrderElementsOf(wanted);
    }

    static Decision decideAdmission(JsonNode file, JsonNode c) throws IOException {
        Admission a = YAML.treeToValue(input(file, c, "admission"), Admission.class);
        // the case file's holdings: {township name: [task names it lawfully holds]}
        JsonNode holdings = file.get("holdings");
        Registry registry = registry(file);
        List<PowerHoldings.Entry> entries = new ArrayList<>();
        if (holdings != null) {
            holdings.fields().forEachRemaining(e -> e.getValue().forEach(task -> entries.add(new PowerHoldings.Entry(
                    registry.find(e.getKey()).map(quanze.township.Township::code).orElse(e.getKey()), null, task.asText(),
                    null, true))));
        }
        PowerHoldings held = new PowerHoldings(entries);
        Decision d = new AdmissionEngine(RULES, CLOCK).decide(a, registry(file), held, lists(file), asOf(file));
        amendmentsAsExpected(c, d);
        return d;
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
