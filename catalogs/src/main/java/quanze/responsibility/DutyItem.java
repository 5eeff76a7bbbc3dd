package quanze.responsibility;

/**
 * One duty of a township's cooperating duties ("日常巡查", "协助调查取证", "查处违法行为" …), which the
 * decision table 属地管理用语 classifies as a duty a township may always carry or an act needing a power.
 */
public final class DutyItem {
    private final MatterCase owner;
    private final String text;

    public DutyItem(MatterCase owner, String text) {
        this.owner = owner;
        this.text = text;
    }

    public MatterCase getOwner() {
        return owner;
    }

    public String getText() {
        return text;
    }
}
