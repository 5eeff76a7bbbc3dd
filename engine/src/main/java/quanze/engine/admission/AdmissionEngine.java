package quanze.engine.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quanze.admission.Admission;
import quanze.admission.AdmissionCase;
import quanze.admission.TownshipOpinion;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Severity;
import quanze.delegation.DelegationCase;
import quanze.delegation.Opinion;
import quanze.engine.Evaluation;
import quanze.engine.Parameters;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;
import quanze.engine.duty.DutyLists;
import quanze.duty.DutyCheck;
import quanze.engine.delegation.Receivers;
import quanze.engine.delegation.UnknownReceiverException;
import quanze.township.Township;

/**
 * Runs the ADM family. ADM-06 inserts each enforcement request's delegation rows; their blocking
 * findings from the rules ADM-06 names in {@code @applies} are reported on the request under their
 * own DLG ids, with one ADM-06 finding that says why the request is blocked.
 */
public final class AdmissionEngine {
    public static final String FAMILY = "ADM";
    static final String HANDS_OVER = "ADM-06";

    private final RuleBase ruleBase;
    private final Clock clock;

    public AdmissionEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
    }

    /** Resolves the request's townships; an unknown one is the caller's error. */
    public AdmissionCase caseOf(Admission a, Registry registry, PowerHoldings holdings, LocalDate asOf) {
        Receivers.Resolution res = Receivers.resolve(String.join("、", a.townships()), registry);
        if (!res.ok()) {
            throw new UnknownReceiverException("townships", res.explain("承接乡镇"));
        }
        List<Township> townships = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        for (Receivers.Receiver r : res.receivers()) {
            if (r.village()) {
                villages.add(r.name());
            } else if (!townships.contains(r.township())) {
                townships.add(r.township());
            }
        }
        List<String> unheard = new ArrayList<>();
        List<String> opposed = new ArrayList<>();
        List<String> withoutPower = new ArrayList<>();
        for (Township t : townships) {
            Opinion opinion = a.opinions().stream()
                    .filter(o -> registry.find(o.township()).map(x -> x.code().equals(t.code())).orElse(false))
                    .map(TownshipOpinion::opinion).reduce((x, y) -> y).orElse(null);
            if (opinion == null || opinion == Opinion.NOT_ASKED) {
                unheard.add(t.name());
            } else if (opinion == Opinion.DISAGREE) {
                opposed.add(t.name());
            }
            if (!holdings.holds(t, a.taskName())) {
                withoutPower.add(t.name());
            }
        }
        String profile = townships.isEmpty() ? Parameters.BASE_PROFILE : townships.get(0).profile();
        return new AdmissionCase(a, townships, villages, unheard, opposed, withoutPower, profile, asOf);
    }

    public Decision decide(Admission a, Registry registry, PowerHoldings holdings, LocalDate asOf) {
        return decide(List.of(caseOf(a, registry, holdings, asOf))).get(0);
    }

    /** Decisions in the order of the cases, which share one decision date. */
    public List<Decision> decide(List<AdmissionCase> cases) {
        return decide(cases, DutyLists.EMPTY);
    }

    public Decision decide(Admission a, Registry registry, PowerHoldings holdings, DutyLists duties, LocalDate asOf) {
        return decide(List.of(caseOf(a, registry, holdings, asOf)), duties).get(0);
    }

    /** As {@link #decide(List)}, each addressed township's task also checked against its duty lists (DUTY). */
    public List<Decision> decide(List<AdmissionCase> cases, DutyLists duties) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate asOf = cases.get(0).getAsOf();
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        List<Object> facts = new ArrayList<>(cases);
        for (AdmissionCase c : cases) {
            if (c.getAdmission().type() == quanze.admission.RequestType.ADMIT) {
                for (Township t : c.getTownships()) {
                    DutyCheck check = duties.check(c, t, c.getAdmission().taskName(), null, c.getAdmission().department(),
                            c.getAdmission().townshipRole() == quanze.admission.TownshipRole.PRIMARY, true);
                    if (check != null) {
                        facts.add(check);
                    }
                }
            }
        }
        Map<Object, List<Finding>> raw = Evaluation.runCases(ruleBase, snapshot.parameters(), facts,
                f -> f instanceof AdmissionCase c ? c.getProfile() : Parameters.BASE_PROFILE, asOf);
        Evaluation.foldDutyChecks(raw);
        RuleInfo handsOver = ruleBase.byId(HANDS_OVER);
        Map<Object, List<Finding>> carried = new IdentityHashMap<>();
        raw.forEach((subject, fs) -> {
            if (subject instanceof DelegationCase d && d.getOrigin() != null) {
                for (Finding f : fs) {
                    if (f.severity() == Severity.BLOCKING && handsOver.applies().contains(f.ruleId())) {
                        carried.computeIfAbsent(d.getOrigin(), k -> new ArrayList<>())
                                .add(new Finding(f.ruleId(), f.severity(), d.getTownship().name() + "：" + f.message(),
                                        f.fields(), f.citations()));
                    }
                }
            }
        });
        List<String> evaluated = new ArrayList<>(ruleBase.ruleIds(FAMILY));
        evaluated.addAll(handsOver.applies());
        if (duties != DutyLists.EMPTY) {
            evaluated.addAll(ruleBase.ruleIds("DUTY"));
        }
        List<Decision> out = new ArrayList<>(cases.size());
        for (AdmissionCase c : cases) {
            List<Finding> fs = new ArrayList<>(raw.getOrDefault(c, List.of()));
            List<Finding> dlg = carried.getOrDefault(c, List.of());
            if (!dlg.isEmpty()) {
                Set<String> ids = new LinkedHashSet<>();
                dlg.forEach(f -> ids.add(f.ruleId()));
                fs.add(new Finding(handsOver.id(), handsOver.severity(), "本事项属执法事项，按赋权规则审查有禁止性问题（"
                        + String.join("、", ids) + "），不予准入。", List.of("category"), handsOver.citations()));
                fs.addAll(dlg);
            }
            fs.sort(Evaluation.ORDER);
            out.add(new Decision(null, DecisionKind.ADMISSION, DecisionKind.ADMISSION.outcomeOf(fs), fs, evaluated,
                    snapshot.version(), now, asOf, Evaluation.parametersUsed(snapshot.parameters(), c.getProfile(), asOf),
                    c.getAdmission()));
        }
        return out;
    }
}
