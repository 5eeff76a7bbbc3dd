package quanze.delegation;

import java.time.LocalDate;
import quanze.township.Township;

/**
 * What the DLG rules see: one delegation with its receiver resolved. {@code township} is null when
 * the receiver is a village or community. Equality is identity on purpose: two identical catalog
 * rows are still two rows, each with its own findings.
 */
public final class DelegationCase implements Categorized {
    private final Delegation delegation;
    private final Township township;
    private final boolean villageReceiver;
    private final String profile;
    private final LocalDate asOf;
    private final Object origin;
    /** The item's name and sub-item, folded once: several rules' word tables read it. */
    private final String nameText;
    /** The legal basis folded once (null when there is none): the statutory-power table reads it (DLG-04, DLG-17). */
    private final String basisText;

    public DelegationCase(Delegation delegation, Township township, boolean villageReceiver, String profile,
                          LocalDate asOf) {
        this(delegation, township, villageReceiver, profile, asOf, null);
    }

    /** @param origin the case this one was derived from (an admission request, ADM-06), or null */
    public DelegationCase(Delegation delegation, Township township, boolean villageReceiver, String profile,
                          LocalDate asOf, Object origin) {
        this.origin = origin;
        this.delegation = delegation;
        String name = delegation.itemName() == null ? "" : delegation.itemName();
        this.nameText = quanze.catalog.Text.normalise(delegation.subItem() == null ? name : name + " " + delegation.subItem());
        this.basisText = quanze.catalog.StatutoryPower.fold(delegation.legalBasis());
        this.township = township;
        this.villageReceiver = villageReceiver;
        this.profile = profile;
        this.asOf = asOf;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public Township getTownship() {
        return township;
    }

    public boolean isVillageReceiver() {
        return villageReceiver;
    }

    @Override
    public String getProfile() {
        return profile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Object getOrigin() {
        return origin;
    }

    /**
     * Whether the item was evaluated within the last {@code years} before the decision date (DLG-13): a method, not
     * an || over a nullable date in the DRL, which MVEL could not compile and interpreted on every case.
     */
    public boolean evaluatedWithin(int years) {
        LocalDate last = delegation.lastEvaluated();
        return last != null && !last.plusYears(years).isBefore(asOf);
    }

    /** The item's name and sub-item, the text the act vocabularies read (DLG-04, DLG-17). */
    public String getNameText() {
        return nameText;
    }

    /** The legal basis with full-width forms folded and spaces dropped, or null. */
    public String getBasisText() {
        return basisText;
    }

    @Override
    public Category getCategory() {
        return delegation.category();
    }
}
