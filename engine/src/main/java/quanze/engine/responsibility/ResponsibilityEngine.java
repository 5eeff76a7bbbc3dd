package quanze.engine.responsibility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import quanze.catalog.Text;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.engine.Evaluation;
import quanze.engine.Parameters;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.delegation.UnknownReceiverException;
import quanze.engine.duty.DutyLists;
import quanze.duty.DutyCheck;
import quanze.responsibility.DutyItem;
import quanze.responsibility.Matter;
import quanze.responsibility.MatterCase;
import quanze.township.Township;

/**
 * Runs the TER family: one case per matter and township it applies to, one decision per matter,
 * and a resolution per township saying who is primary, who cooperates doing what, and who should be
 * primary when the list is wrong.
 */
public final class ResponsibilityEngine {
    public static final String FAMILY = "TER";
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[；;\\n\\r]+");
    private static final Pattern DUTY_SEPARATOR = Pattern.compile("[、，,；;\\n\\r]+");
    private static final Pattern UNIT_DUTIES = Pattern.compile("[：:]");

    /** The DUTY rules a responsibility-list matter meets (rules.md DUTY). */
    static final List<String> DUTY_RULES = List.of("DUTY-02", "DUTY-04", "DUTY-05");

    private final RuleBase ruleBase;
    private final Clock clock;

    /** formats.md §3: the unit names that mean "each township the row applies to" (word table township-units.csv). */
    private final quanze.catalog.Vocabulary units;

    public ResponsibilityEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
        this.units = ruleBase.vocabulary("responsibility/township-units");
    }

    public record Result(List<Decision> decisions, List<Resolution> resolutions) {
        public List<Resolution> of(String townshipCode) {
            return resolutions.stream().filter(r -> r.townshipCode().equals(townshipCode)).toList();
        }
    }

    public boolean isTownshipToken(String unit) {
        return units.is(Text.normalise(unit).replace(" ", ""), "每个乡镇", null);
    }

    /** The townships a matter applies to: those it lists, or every township of the registry. */
    public static List<Township> townshipsOf(Matter m, Registry registry) {
        if (m.townships().isEmpty()) {
            return registry.all();
        }
        List<Township> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : m.townships()) {
            registry.find(name).ifPresentOrElse(out::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReceiverException("townships", "适用乡镇“" + String.join("、", unknown) + "”不是乡镇名册中的乡镇（街道）");
        }
        return out;
    }

    public Result decide(List<Matter> matters, Registry registry, PowerHoldings powers, LocalDate asOf) {
        return decide(matters, registry, powers, DutyLists.EMPTY, asOf);
    }

    /**
     * As above, each township's part in each matter also checked against its duty lists (DUTY-02, DUTY-04, DUTY-05):
     * a matter that makes a township primary for a cooperating item, or gives it a duty on none of its lists.
     */
    public Result decide(List<Matter> matters, Registry registry, PowerHoldings powers, DutyLists duties, LocalDate asOf) {
        Prepared prepared = prepare(matters, registry, powers, duties);
        return assemble(prepared, evaluate(prepared, asOf), registry, asOf);
    }

    /**
     * The facts of one run: each matter with its case per township, and every fact the rules see (the matters, the
     * cases, their cooperating duties one by one, the DUTY checks). Apart from the rules so that a benchmark can give
     * the same facts to the rules and to a plain-Java reading of them. The snapshot is the one the run decides under.
     */
    public record Prepared(Map<Matter, List<MatterCase>> casesByMatter, List<Object> facts, RuleBase.Snapshot snapshot) {
    }

    public Prepared prepare(List<Matter> matters, Registry registry, PowerHoldings powers, DutyLists duties) {
        List<Object> facts = new ArrayList<>();
        Map<Matter, List<MatterCase>> casesByMatter = new LinkedHashMap<>();
        for (Matter m : matters) {
            facts.add(m);
            List<MatterCase> cases = new ArrayList<>();
            for (Township t : townshipsOf(m, registry)) {
                MatterCase c = caseOf(m, t, registry, powers);
                cases.add(c);
                facts.add(c);
                if (c.isTownshipPrimary() || c.isTownshipCooperating()) {
                    facts.add(duties.check(c, t, m.matterName(), null, null, c.isTownshipPrimary(), DutyCheck.Source.MATTER));
                }
                for (String duty : DUTY_SEPARATOR.split(c.getCooperatingDuties() == null ? "" : c.getCooperatingDuties())) {
                    if (!duty.isBlank()) {
                        facts.add(new DutyItem(c, duty.strip()));
                    }
                }
            }
            casesByMatter.put(m, cases);
        }
        return new Prepared(casesByMatter, facts, ruleBase.snapshot());
    }

    /** The rules over the prepared facts: findings by matter and by case, the DUTY checks' moved onto their case. */
    public Map<Object, List<Finding>> evaluate(Prepared prepared, LocalDate asOf) {
        List<Object> facts = new ArrayList<>(prepared.facts());
        facts.add(prepared.snapshot().parameters().profile(Parameters.BASE_PROFILE, asOf));
        Map<Object, List<Finding>> findings = Evaluation.run(ruleBase, facts);
        Evaluation.foldDutyChecks(findings, facts);
        return findings;
    }

    /** One decision per matter (its own findings and its townships'), one resolution per matter and township. */
    public Result assemble(Prepared prepared, Map<Object, List<Finding>> findings, Registry registry, LocalDate asOf) {
        RuleBase.Snapshot snapshot = prepared.snapshot();
        Instant now = clock.instant();
        List<String> evaluated = new ArrayList<>(ruleBase.ruleIds(FAMILY));
        evaluated.addAll(DUTY_RULES);
        List<String> rulesEvaluated = List.copyOf(evaluated);
        List<Decision> decisions = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        for (var e : prepared.casesByMatter().entrySet()) {
            Matter m = e.getKey();
            List<Finding> own = findings.getOrDefault(m, List.of());
            List<Finding> all = new ArrayList<>(own);
            for (MatterCase c : e.getValue()) {
                List<Finding> caseFindings = findings.getOrDefault(c, List.of());
                all.addAll(caseFindings);
                List<Finding> seen = new ArrayList<>(own);
                seen.addAll(caseFindings);
                seen.sort(Evaluation.ORDER);
                resolutions.add(resolution(c, seen, registry));
            }
            all.sort(Evaluation.ORDER);
            decisions.add(new Decision(null, DecisionKind.RESPONSIBILITY, DecisionKind.RESPONSIBILITY.outcomeOf(all), all,
                    rulesEvaluated, snapshot.version(), now, asOf, List.of(), m, null));
        }
        return new Result(decisions, resolutions);
    }

    private MatterCase caseOf(Matter m, Township t, Registry registry, PowerHoldings powers) {
        boolean primary = m.primaryUnits().stream().anyMatch(u -> names(u, t, registry));
        boolean cooperating = m.cooperatingUnits().stream().anyMatch(u -> names(u, t, registry));
        boolean departmentPrimary = m.primaryUnits().stream()
                .anyMatch(u -> !isTownshipToken(u) && registry.find(u).isEmpty());
        List<String> missing = m.linkedItemCodes().stream().filter(code -> !powers.holdsPower(t.code(), code)).toList();
        return new MatterCase(m, t, primary, cooperating, departmentPrimary, cooperating ? dutiesOf(m, t, registry) : null,
                missing, powerHolder(m, registry, powers));
    }

    /** Whether a unit of the list names township {@code t}: a token for every township, or any form of its name. */
    private boolean names(String unit, Township t, Registry registry) {
        String u = Text.normalise(unit).replace(" ", "");
        return isTownshipToken(u) || registry.find(u).map(x -> x.code().equals(t.code())).orElse(false);
    }

    /** formats.md §3 配合责任内容: "单位：职责；单位：职责", or one text for all cooperating units. */
    String dutiesOf(Matter m, Township t, Registry registry) {
        String text = m.cooperatingDuties();
        if (text == null) {
            return null;
        }
        if (!UNIT_DUTIES.matcher(text).find()) {
            return text;
        }
        for (String part : UNIT_SEPARATOR.split(text)) {
            String[] unitDuties = UNIT_DUTIES.split(part, 2);
            if (unitDuties.length == 2 && names(unitDuties[0], t, registry)) {
                return unitDuties[1].strip();
            }
        }
        return null;
    }

    /** Who holds the power when the township does not: the delegating department, else the listed department. */
    private String powerHolder(Matter m, Registry registry, PowerHoldings powers) {
        for (String code : m.linkedItemCodes()) {
            var d = powers.department(code);
            if (d.isPresent()) {
                return d.get();
            }
        }
        List<String> units = new ArrayList<>(m.primaryUnits());
        units.addAll(m.cooperatingUnits());
        return units.stream().filter(u -> !isTownshipToken(u) && registry.find(u).isEmpty()).findFirst()
                .orElse("县级主管部门");
    }

    private Resolution resolution(MatterCase c, List<Finding> findings, Registry registry) {
        Matter m = c.getMatter();
        Township t = c.getTownship();
        Resolution.Role role = c.isTownshipPrimary() ? Resolution.Role.PRIMARY
                : c.isTownshipCooperating() ? Resolution.Role.COOPERATING : Resolution.Role.NONE;
        String should = null;
        String reason = null;
        for (Finding f : findings) {
            if (f.ruleId().equals("TER-01")) {
                should = c.getPowerHolder();
                reason = f.message();
            } else if (f.ruleId().equals("TER-04")) {
                should = t.name();
                reason = f.message();
            }
        }
        List<Resolution.Cooperation> cooperating = new ArrayList<>();
        for (String unit : m.cooperatingUnits()) {
            String name = names(unit, t, registry) ? t.name() : unit;
            cooperating.add(new Resolution.Cooperation(name, dutiesFor(m, unit, t, registry)));
        }
        String primary = c.isTownshipPrimary() ? t.name() : String.join("、", m.primaryUnits());
        String duties = switch (role) {
            case PRIMARY -> m.primaryDuties();
            case COOPERATING -> c.getCooperatingDuties();
            case NONE -> null;
        };
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        var citations = switch (role) {
            case PRIMARY -> ruleBase.byId("TER-01").citations();
            case COOPERATING -> ruleBase.byId("TER-03").citations();
            case NONE -> List.<quanze.decision.Citation>of();
        };
        return new Resolution(m.matterCode(), m.domain(), m.matterName(), t.code(), role, duties, primary, should, reason,
                cooperating, List.copyOf(ids), findings, citations);
    }

    private String dutiesFor(Matter m, String unit, Township t, Registry registry) {
        String text = m.cooperatingDuties();
        if (text == null || !UNIT_DUTIES.matcher(text).find()) {
            return text;
        }
        for (String part : UNIT_SEPARATOR.split(text)) {
            String[] unitDuties = UNIT_DUTIES.split(part, 2);
            if (unitDuties.length == 2 && Text.normalise(unitDuties[0]).replace(" ", "")
                    .equals(Text.normalise(unit).replace(" ", ""))) {
                return unitDuties[1].strip();
            }
        }
        return names(unit, t, registry) ? dutiesOf(m, t, registry) : null;
    }
}
