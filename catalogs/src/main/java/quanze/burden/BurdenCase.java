package quanze.burden;

import java.time.LocalDate;

/** What the ASM rules see: one burden item. Identity equality: two equal rows are two rows. */
public final class BurdenCase {
    private final Burden burden;
    private final LocalDate asOf;

    public BurdenCase(Burden burden, LocalDate asOf) {
        this.burden = burden;
        this.asOf = asOf;
    }

    public Burden getBurden() {
        return burden;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
