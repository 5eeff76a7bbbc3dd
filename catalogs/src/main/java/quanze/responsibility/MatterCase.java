package quanze.responsibility;

import java.util.List;
import quanze.township.Township;

/**
 * What the TER rules see for one matter and one township it applies to: the township's role as the
 * list gives it, its cooperating duties, and which of the matter's linked powers it lawfully holds.
 */
public final class MatterCase {
    private final Matter matter;
    private final Township township;
    private final boolean townshipPrimary;
    private final boolean townshipCooperating;
    private final boolean departmentPrimary;
    private final String cooperatingDuties;
    private final List<String> missingPowers;
    private final String powerHolder;

    /**
     * @param missingPowers the linked power codes this township does not lawfully hold
     * @param powerHolder   the department that holds the power when the township does not (for "should be primary")
     */
    public MatterCase(Matter matter, Township township, boolean townshipPrimary, boolean townshipCooperating,
                      boolean departmentPrimary, String cooperatingDuties, List<String> missingPowers, String powerHolder) {
        this.matter = matter;
        this.township = township;
        this.townshipPrimary = townshipPrimary;
        this.townshipCooperating = townshipCooperating;
        this.departmentPrimary = departmentPrimary;
        this.cooperatingDuties = cooperatingDuties;
        this.missingPowers = List.copyOf(missingPowers);
        this.powerHolder = powerHolder;
    }

    public Matter getMatter() {
        return matter;
    }

    public Township getTownship() {
        return township;
    }

    public boolean isTownshipPrimary() {
        return townshipPrimary;
    }

    public boolean isTownshipCooperating() {
        return townshipCooperating;
    }

    public boolean isDepartmentPrimary() {
        return departmentPrimary;
    }

    public String getCooperatingDuties() {
        return cooperatingDuties;
    }

    public List<String> getLinkedPowers() {
        return matter.linkedItemCodes();
    }

    public List<String> getMissingPowers() {
        return missingPowers;
    }

    /** The township holds every power linked to the matter (and there is at least one). */
    public boolean isHoldsPower() {
        return !matter.linkedItemCodes().isEmpty() && missingPowers.isEmpty();
    }

    public String getPowerHolder() {
        return powerHolder;
    }
}
