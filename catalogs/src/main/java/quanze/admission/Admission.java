package quanze.admission;

import java.math.BigDecimal;
import java.util.List;
import quanze.catalog.Text;
import quanze.delegation.Category;

/**
 * One 职责准入申请 (formats.md §4, api.md "Admission"): a department asks to hand a task to townships
 * (准入) or to take one back (准出). Yes/no fields are null when not recorded. {@code counterpartBasis} names the
 * special organisation law or 党中央 document behind a counterpart-body requirement (ADM-04); {@code dutyItemNo} the
 * township list's own item number; {@code townshipDuties} and {@code reason} what the township is to do and why
 * (the list amendment of DUTY-06, LX24).
 */
public record Admission(
        String requestId,
        RequestType type,
        String department,
        String taskName,
        Category category,
        List<String> townships,
        String legalBasis,
        Handover handover,
        ShiftMechanism shiftMechanism,
        TownshipRole townshipRole,
        Boolean requiresCounterpartBody,
        Boolean opinionsHeard,
        List<TownshipOpinion> opinions,
        String opinionResponse,
        Integer staffing,
        BigDecimal fundingWan,
        String countyApprovalDoc,
        RequestStatus status,
        String provincialDecisionDoc,
        String counterpartBasis,
        String dutyItemNo,
        String townshipDuties,
        String reason) {

    public Admission {
        requestId = Text.orNull(requestId);
        department = Text.orNull(department);
        taskName = Text.orNull(taskName);
        legalBasis = Text.orNull(legalBasis);
        opinionResponse = Text.orNull(opinionResponse);
        countyApprovalDoc = Text.orNull(countyApprovalDoc);
        provincialDecisionDoc = Text.orNull(provincialDecisionDoc);
        counterpartBasis = Text.orNull(counterpartBasis);
        dutyItemNo = Text.orNull(dutyItemNo);
        townshipDuties = Text.orNull(townshipDuties);
        reason = Text.orNull(reason);
        townships = townships == null ? List.of() : List.copyOf(townships);
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
    }

    /** The request with one township's opinion recorded (replacing an earlier one of the same township). */
    public Admission withOpinion(TownshipOpinion opinion) {
        List<TownshipOpinion> next = new java.util.ArrayList<>();
        for (TownshipOpinion o : opinions) {
            if (!o.township().equals(opinion.township())) {
                next.add(o);
            }
        }
        next.add(opinion);
        return new Admission(requestId, type, department, taskName, category, townships, legalBasis, handover,
                shiftMechanism, townshipRole, requiresCounterpartBody, Boolean.TRUE, next, opinionResponse, staffing,
                fundingWan, countyApprovalDoc, status, provincialDecisionDoc, counterpartBasis, dutyItemNo, townshipDuties,
                reason);
    }
}
