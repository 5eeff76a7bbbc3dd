package quanze.duty;

import quanze.township.Township;

/**
 * What the DUTY rules see: a task handed to one township (by a delegation, an admission request or a
 * responsibility-list matter, the {@code origin}), the unit handing it over, and how it matches the township's
 * lists — {@code exact} by the list's own item number or the normalised name, else the best {@code near} match.
 * {@code listed} says whether the township has items in its county's current list version at all (DUTY-04 has
 * nothing to compare with otherwise); {@code covered} whether an admitted admission request already names the
 * task as a pending amendment of the township's lists.
 */
public final class DutyCheck {
    /** Which kind of decision the task comes from: the DUTY rules differ by it (rules.md DUTY). */
    public enum Source { DELEGATION, ADMISSION, MATTER }

    private final Object origin;
    private final Township township;
    private final String task;
    private final String department;
    private final boolean townshipPrimary;
    private final Source source;
    private final boolean listed;
    private final boolean covered;
    private final ListItem exact;
    private final ListItem near;
    private final double nearScore;

    public DutyCheck(Object origin, Township township, String task, String department, boolean townshipPrimary,
                     Source source, boolean listed, boolean covered, ListItem exact, ListItem near, double nearScore) {
        this.origin = origin;
        this.township = township;
        this.task = task;
        this.department = department;
        this.townshipPrimary = townshipPrimary;
        this.source = source;
        this.listed = listed;
        this.covered = covered;
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

    public Source getSource() {
        return source;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isCovered() {
        return covered;
    }

    /** The list an off-list task must be added to (DUTY-06): the basic list when primary, else the cooperating one. */
    public DutyList getAmendedList() {
        return townshipPrimary ? DutyList.BASIC : DutyList.COOPERATING;
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
