package quanze.duty;

/**
 * What an admitted admission request for an off-list task requires (DUTY-06, LX24 "书面报县委编办，写明事项、内容、
 * 依据和理由"): the township's list to amend, the item, what the township does, the basis and the reasons.
 * PENDING until the county imports a list of that township containing the item.
 */
public record ListAmendment(String township, String townshipName, DutyList list, String itemName, String townshipDuties,
                            String legalBasis, String reason, Status status) {
    public enum Status { PENDING, DONE }

    public ListAmendment withStatus(Status next) {
        return new ListAmendment(township, townshipName, list, itemName, townshipDuties, legalBasis, reason, next);
    }
}
