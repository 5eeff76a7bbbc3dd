package quanze.duty;

import quanze.township.Township;

/**
 * What the DUTY rules see: a task handed to one township (by a delegation or an admission request,
 * the {@code origin}), the department handing it over, and how it matches the township's lists —
 * {@code exact} by item code or normalised name, else the best {@code near} match with its score.
 */
public final class DutyCheck {
    private final Object origin;
    private final Township township;
    private final String task;
    private final String department;
    private final boolean townshipPrimary;
    private final boolean admission;
    private final ListItem exact;
    private final ListItem near;
    private final double nearScore;

    public DutyCheck(Object origin, Township township, String task, String department, boolean townshipPrimary,
                     boolean admission, ListItem exact, ListItem near, double nearScore) {
        this.origin = origin;
        this.township = township;
        this.task = task;
        this.department = department;
        this.townshipPrimary = townshipPrimary;
        this.admission = admission;
        this.exact = exact;
        this.near = near;
        this.nearScore = nearScore;
    }

    public Object getOrigin() {
        return origin;
    }

    public Township getTownship() {
        return township;
    }

    public String getTask() {
        return task;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isTownshipPrimary() {
        return townshipPrimary;
    }

    /** DUTY-04 and DUTY-05 judge admission requests only (a delegation follows the guidance catalog, DLG-12). */
    public boolean isAdmission() {
        return admission;
    }

    public ListItem getExact() {
        return exact;
    }

    public ListItem getNear() {
        return near;
    }

    public double getNearScore() {
        return nearScore;
    }

    /** "0.75" for messages. */
    public String getNearScoreText() {
        return String.format(java.util.Locale.ROOT, "%.2f", nearScore);
    }
}
