package quanze.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.StatelessKieSession;
import quanze.decision.Finding;
import quanze.decision.FindingCollector;

/** One stateless run of the rule base over a batch of facts, collecting findings per subject. */
public final class Evaluation {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::ruleId);

    private Evaluation() {
    }

    /**
     * Runs the cases of one decision date with the province profiles they name.
     * ProvinceProfile facts are matched by code only, so one session holds one date.
     */
    public static <C> Map<Object, List<Finding>> runCases(RuleBase ruleBase, Parameters parameters, List<C> cases,
                                                        java.util.function.Function<C, String> profileOf,
                                                        java.time.LocalDate asOf) {
        List<Object> facts = new ArrayList<>(cases.size() + 8);
        facts.addAll(cases);
        java.util.Set<String> profiles = new java.util.LinkedHashSet<>();
        cases.forEach(c -> profiles.add(profileOf.apply(c)));
        profiles.forEach(p -> facts.add(parameters.profile(p, asOf)));
        return run(ruleBase, facts);
    }

    /**
     * Moves the findings of DUTY checks onto the case they were made for (a delegation or a request),
     * stating each once: a request to several townships checks its department once per township.
     */
    public static void foldDutyChecks(Map<Object, List<Finding>> bySubject, List<Object> facts) {
        // in the order the checks were made (the request's townships in its order), not the identity map's: the
        // same request states its per-township findings in the same order on every run, by the service or vet
        for (Object fact : facts) {
            if (!(fact instanceof quanze.duty.DutyCheck check) || !bySubject.containsKey(check)) {
                continue;
            }
            List<Finding> target = bySubject.computeIfAbsent(check.getOrigin(), k -> new ArrayList<>());
            for (Finding f : bySubject.remove(check)) {
                if (target.stream().noneMatch(t -> t.ruleId().equals(f.ruleId()) && t.message().equals(f.message()))) {
                    target.add(f);
                }
            }
            target.sort(ORDER);
        }
    }

    /** How a decision names the parameter rows it was made under: "GS 党政机构上限（三类）=4（2020-01-01起，TW6 §1）". */
    public static List<String> parametersUsed(Parameters parameters, String profile, java.time.LocalDate asOf) {
        return parameters.profile(profile, asOf).parameters().values().stream()
                .sorted(Comparator.comparing(quanze.profile.ProfileParameter::profile)
                        .thenComparing(quanze.profile.ProfileParameter::name))
                .map(r -> r.profile() + " " + r.name() + "=" + r.value() + "（" + r.effectiveFrom() + "起，"
                        + r.source() + " " + r.clause() + "）")
                .toList();
    }

    /**
     * Runs independent batches (one stateless session each over the shared KieBase) on every core and joins their
     * results in batch order. Own threads, not the common pool: Drools finds its runtime through the thread's
     * context class loader, which in a packaged jar must be the one that loaded Drools.
     */
    public static <T> List<T> inBatches(int batches, java.util.function.IntFunction<List<T>> batch) {
        if (batches <= 1) {
            return batches == 1 ? new ArrayList<>(batch.apply(0)) : new ArrayList<>();
        }
        List<java.util.concurrent.Future<List<T>>> parts = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            int index = b;
            parts.add(WORKERS.submit(() -> batch.apply(index)));
        }
        List<T> out = new ArrayList<>();
        try {
            for (var part : parts) {
                out.addAll(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("评估被中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return out;
    }

    private static final java.util.concurrent.ExecutorService WORKERS = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "quanze-evaluation");
                t.setDaemon(true);
                t.setContextClassLoader(Evaluation.class.getClassLoader());
                return t;
            });

    /** The clauses a rule cites from a table row (DLG-17's statutory power), parsed once per distinct text. */
    private static final Map<String, List<quanze.decision.Citation>> CITED = new java.util.concurrent.ConcurrentHashMap<>();

    public static Map<Object, List<Finding>> run(RuleBase ruleBase, List<Object> facts) {
        Map<Object, List<Finding>> bySubject = new IdentityHashMap<>(facts.size());
        FindingCollector collector = new FindingCollector() {
            @Override
            public void raise(Object subject, String ruleName, String message, String... fields) {
                RuleInfo info = ruleBase.byRuleName(ruleName);
                add(subject, new Finding(info.id(), info.severity(), message, List.of(fields), info.citations()));
            }

            @Override
            public void raiseCiting(Object subject, String ruleName, String citations, String message, String... fields) {
                RuleInfo info = ruleBase.byRuleName(ruleName);
                add(subject, new Finding(info.id(), info.severity(), message, List.of(fields),
                        CITED.computeIfAbsent(citations, c -> List.copyOf(quanze.decision.Citation.parseAll(c)))));
            }

            private void add(Object subject, Finding f) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(f);
            }
        };
        StatelessKieSession session = ruleBase.newSession();
        session.setGlobal("findings", collector);
        session.execute(facts);
        bySubject.values().forEach(l -> l.sort(ORDER));
        return bySubject;
    }
}
