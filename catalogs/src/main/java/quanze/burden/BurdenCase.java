package quanze.burden;

import java.time.LocalDate;

/** What the ASM rules see: one burden item. Identity equality: two equal rows are two rows. */
public final class BurdenCase {
    private final Burden burden;
    private final LocalDate asOf;
    private final String profile;

    /** @param profile the province profile of the burden's county (ASM-01, ASM-05) */
    public BurdenCase(Burden burden, String profile, LocalDate asOf) {
        this.burden = burden;
        this.profile = profile;
        this.asOf = asOf;
    }

    public String getProfile() {
        return profile;
    }

    public Burden getBurden() {
        return burden;
    }

    public LocalDate getAsOf() {
        return asOf;
    }
}
