package quanze.org;

import java.time.LocalDate;
import quanze.profile.ProvinceProfile;
import quanze.township.Township;

/**
 * What the ORG rules see for one township, or one of its secondments, appointments or plaques
 * ({@code item} null for the township itself): the township, its province profile in force, the date.
 */
public final class OrgCase {
    private final Township township;
    private final ProvinceProfile profile;
    private final LocalDate asOf;
    private final Object item;

    public OrgCase(Township township, ProvinceProfile profile, LocalDate asOf, Object item) {
        this.township = township;
        this.profile = profile;
        this.asOf = asOf;
        this.item = item;
    }

    public Township getTownship() {
        return township;
    }

    public ProvinceProfile getProfile() {
        return profile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Object getItem() {
        return item;
    }

    public Secondment getSecondment() {
        return item instanceof Secondment s ? s : null;
    }

    public Appointment getAppointment() {
        return item instanceof Appointment a ? a : null;
    }

    public Plaque getPlaque() {
        return item instanceof Plaque p ? p : null;
    }

    /** Party-government bodies and public institutions together (JS §17 counts them as one). */
    public Integer getTotalBodies() {
        Integer a = township.partyGovBodies();
        Integer b = township.publicInstitutions();
        return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
    }
}
