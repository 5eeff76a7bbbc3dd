package quanze.decision;

import java.util.Collection;

/** What a decision is about, and how its findings turn into an outcome (rules.md "Outcomes"). */
public enum DecisionKind {
    DELEGATION(Outcome.ALLOW, Outcome.CORRECT, Outcome.DENY),
    ADMISSION(Outcome.ADMIT, Outcome.RETURN, Outcome.REJECT),
    BURDEN(Outcome.RETAIN, Outcome.REVIEW, Outcome.ABOLISH),
    RESPONSIBILITY(Outcome.VALID, Outcome.CORRECT, Outcome.INVALID),
    ORG(Outcome.VALID, Outcome.CORRECT, Outcome.INVALID);

    private final Outcome clean;
    private final Outcome correctable;
    private final Outcome blocking;

    DecisionKind(Outcome clean, Outcome correctable, Outcome blocking) {
        this.clean = clean;
        this.correctable = correctable;
        this.blocking = blocking;
    }

    /** The three outcomes of this kind, from clean to blocked. */
    public java.util.List<Outcome> outcomes() {
        return java.util.List.of(clean, correctable, blocking);
    }

    /** The strongest finding decides; advisory findings change nothing. */
    public Outcome outcomeOf(Collection<Finding> findings) {
        Severity worst = Severity.ADVISORY;
        for (Finding f : findings) {
            if (f.severity().compareTo(worst) > 0) {
                worst = f.severity();
            }
        }
        return switch (worst) {
            case BLOCKING -> blocking;
            case CORRECTABLE -> correctable;
            case ADVISORY -> clean;
        };
    }
}
