package quanze.engine.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import quanze.admission.Admission;
import quanze.admission.AdmissionCase;
import quanze.admission.RequestType;
import quanze.admission.TownshipOpinion;
import quanze.admission.TownshipRole;
import quanze.decision.Decision;
import quanze.decision.DecisionKind;
import quanze.decision.Finding;
import quanze.decision.Outcome;
import quanze.decision.Severity;
import quanze.delegation.DelegationCase;
import quanze.delegation.Opinion;
import quanze.duty.DutyCheck;
import quanze.duty.ListAmendment;
import quanze.engine.Evaluation;
import quanze.engine.Parameters;
import quanze.engine.PowerHoldings;
import quanze.engine.Registry;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;
import quanze.engine.delegation.Receivers;
import quanze.engine.delegation.UnknownReceiverException;
import quanze.engine.duty.DutyLists;
import quanze.township.Township;

/**
 * Runs the ADM family in two passes. First the DLG rules judge each request's delegation rows (ADM-06: an
 * enforcement task is judged as the delegation it amounts to, limited to the DLG rules ADM-06 names in
 * {@code @applies}); their BLOCKING findings go onto the request, and the townships given the power with none
 * count as lawfully given for ADM-03. Then the ADM and DUTY rules judge the requests. Where ADM-06 fires, the
 * DLG findings themselves are reported beside it under their own ids.
 */
public final class AdmissionEngine {
    public static final String FAMILY = "ADM";
    static final String HANDS_OVER = "ADM-06";
    /** The DUTY rules an admission request meets (DUTY-04 never: the request is the admission). */
    static final List<String> DUTY_RULES = List.of("DUTY-01", "DUTY-02", "DUTY-03", "DUTY-05", "DUTY-06");

    private final RuleBase ruleBase;
    private final Clock clock;

    public AdmissionEngine(RuleBase ruleBase, Clock clock) {
        this.ruleBase = ruleBase;
        this.clock = clock;
    }

    /** The codes of the townships a request addresses (its villages left out): whose holdings and lists it is judged by. */
    public static List<String> townshipCodes(Admission a, Registry registry) {
        return Receivers.resolve(String.join("、", a.townships()), registry).receivers().stream()
                .filter(r -> !r.village()).map(r -> r.township().code()).toList();
    }

    /** Resolves the request's townships and their opinions (any name form); an unknown township is the caller's error. */
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
        Map<String, Opinion> opinions = new HashMap<>();
        for (TownshipOpinion o : a.opinions()) {
            registry.find(o.township()).ifPresent(t -> {
                if (o.opinion() != null) {
                    opinions.put(t.code(), o.opinion());
                }
            });
        }
        List<String> unheard = new ArrayList<>();
        List<String> opposed = new ArrayList<>();
        List<String> withoutPower = new ArrayList<>();
        for (Township t : townships) {
            Opinion opinion = opinions.get(t.code());
            if (opinion == null || opinion == Opinion.NOT_ASKED) {
                unheard.add(t.name());
            } else if (opinion == Opinion.DISAGREE) {
                opposed.add(t.name());
            }
            if (!holdings.holdsTask(t, a.taskName())) {
                withoutPower.add(t.name());
            }
        }
        String profile = townships.isEmpty() ? Parameters.BASE_PROFILE : townships.get(0).profile();
        return new AdmissionCase(a, townships, villages, unheard, opposed, withoutPower, profile, asOf, opinions,
                List.of(), List.of());
    }

    public Decision decide(Admission a, Registry registry, PowerHoldings holdings, LocalDate asOf) {
        return decide(a, registry, holdings, DutyLists.EMPTY, asOf);
    }

    /** Decisions in the order of the cases, which share one decision date. */
    public List<Decision> decide(List<AdmissionCase> cases) {
        return decide(cases, DutyLists.EMPTY);
    }

    public Decision decide(Admission a, Registry registry, PowerHoldings holdings, DutyLists duties, LocalDate asOf) {
        return decide(List.of(caseOf(a, registry, holdings, asOf)), duties).get(0);
    }

    /** As {@link #decide(List)}, each addressed township's task also checked against its duty lists (DUTY). */
    public List<Decision> decide(List<AdmissionCase> given, DutyLists duties) {
        if (given.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate asOf = given.get(0).getAsOf();
        RuleBase.Snapshot snapshot = ruleBase.snapshot();
        RuleInfo handsOver = ruleBase.byId(HANDS_OVER);
        List<AdmissionCase> cases = handOver(given, snapshot, handsOver, asOf);

        List<Object> facts = new ArrayList<>(cases);
        Map<AdmissionCase, List<DutyCheck>> checks = new IdentityHashMap<>();
        for (AdmissionCase c : cases) {
            Admission a = c.getAdmission();
            if (a.type() == RequestType.ADMIT) {
                for (Township t : c.getTownships()) {
                    DutyCheck check = duties.check(c, t, a.taskName(), a.dutyItemNo(), a.department(),
                            a.townshipRole() == TownshipRole.PRIMARY, DutyCheck.Source.ADMISSION);
                    facts.add(check);
                    checks.computeIfAbsent(c, k -> new ArrayList<>()).add(check);
                }
            }
        }
        Map<Object, List<Finding>> raw = Evaluation.runCases(ruleBase, snapshot.parameters(), facts,
                f -> f instanceof AdmissionCase c ? c.getProfile() : Parameters.BASE_PROFILE, asOf);
        Evaluation.foldDutyChecks(raw, facts);
        List<String> evaluated = new ArrayList<>(ruleBase.ruleIds(FAMILY));
        evaluated.addAll(handsOver.applies());
        evaluated.addAll(DUTY_RULES);
        List<Decision> out = new ArrayList<>(cases.size());
        for (AdmissionCase c : cases) {
            List<Finding> fs = new ArrayList<>(raw.getOrDefault(c, List.of()));
            if (fs.stream().anyMatch(f -> f.ruleId().equals(HANDS_OVER))) {
                fs.addAll(c.getHandOverBlocking());
            }
            fs.sort(Evaluation.ORDER);
            Outcome outcome = DecisionKind.ADMISSION.outcomeOf(fs);
            List<ListAmendment> amendments = outcome == Outcome.ADMIT ? amendments(c, checks.getOrDefault(c, List.of()))
                    : List.of();
            out.add(new Decision(null, DecisionKind.ADMISSION, outcome, fs, evaluated, snapshot.version(), now, asOf,
                    Evaluation.parametersUsed(snapshot.parameters(), c.getProfile(), asOf), c.getAdmission(), amendments));
        }
        return out;
    }

    /**
     * The first pass: every request to be admitted with a power category, as the delegation rows it amounts to,
     * judged by the DLG rules ADM-06 applies; each request comes back with its rows' BLOCKING findings (named by
     * township) and the townships that were given the power without one.
     */
    private List<AdmissionCase> handOver(List<AdmissionCase> cases, RuleBase.Snapshot snapshot, RuleInfo handsOver,
                                         LocalDate asOf) {
        Map<AdmissionCase, List<DelegationCase>> rows = new IdentityHashMap<>();
        List<DelegationCase> all = new ArrayList<>();
        for (AdmissionCase c : cases) {
            if (c.getAdmission().type() == RequestType.ADMIT && c.getAdmission().category() != null) {
                List<DelegationCase> ds = c.asDelegations();
                rows.put(c, ds);
                all.addAll(ds);
            }
        }
        if (all.isEmpty()) {
            return cases;
        }
        Map<Object, List<Finding>> found = Evaluation.runCases(ruleBase, snapshot.parameters(), all,
                DelegationCase::getProfile, asOf);
        List<AdmissionCase> out = new ArrayList<>(cases.size());
        for (AdmissionCase c : cases) {
            List<DelegationCase> ds = rows.get(c);
            if (ds == null) {
                out.add(c);
                continue;
            }
            List<Finding> blocking = new ArrayList<>();
            List<String> lawful = new ArrayList<>();
            for (DelegationCase d : ds) {
                List<Finding> fs = found.getOrDefault(d, List.of()).stream()
                        .filter(f -> f.severity() == Severity.BLOCKING && handsOver.applies().contains(f.ruleId()))
                        .toList();
                if (fs.isEmpty()) {
                    lawful.add(d.getTownship().name());
                }
                for (Finding f : fs) {
                    blocking.add(new Finding(f.ruleId(), f.severity(), d.getTownship().name() + "：" + f.message(),
                            f.fields(), f.citations()));
                }
            }
            out.add(c.withHandOver(blocking, lawful));
        }
        return out;
    }

    /** DUTY-06: per township the task is off-list for, the amendment of its lists the admitted request requires. */
    private static List<ListAmendment> amendments(AdmissionCase c, List<DutyCheck> checks) {
        Admission a = c.getAdmission();
        List<ListAmendment> out = new ArrayList<>();
        for (DutyCheck check : checks) {
            if (check.isListed() && check.getExact() == null) {
                out.add(new ListAmendment(check.getTownship().code(), check.getTownship().name(), check.getAmendedList(),
                        a.taskName(), a.townshipDuties() != null ? a.townshipDuties() : a.taskName(), a.legalBasis(),
                        a.reason(), ListAmendment.Status.PENDING));
            }
        }
        return out;
    }
}
