package quanze.responsibility;

/** A cooperating duty that needs a power the township does not hold (TER-03), found by the classifier rule. */
public record Overreach(MatterCase owner, String duty) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Overreach x && x.owner == owner && x.duty.equals(duty);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + duty.hashCode();
    }
}
