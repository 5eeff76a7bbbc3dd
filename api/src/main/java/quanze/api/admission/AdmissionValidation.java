package quanze.api.admission;

import java.util.ArrayList;
import java.util.List;
import quanze.admission.Admission;
import quanze.api.problem.Problem;

/** The required fields of api.md "Admission", each named when missing. */
final class AdmissionValidation {
    private AdmissionValidation() {
    }

    static List<Problem> problems(Admission a) {
        List<Problem> out = new ArrayList<>();
        if (a == null) {
            return List.of(Problem.field("$", "请求体为空"));
        }
        Problem.require(out, "requestId", a.requestId());
        if (a.requestId() != null && a.requestId().length() > 100) {
            out.add(Problem.field("requestId", "申请编号最多100个字符"));
        }
        Problem.require(out, "type", a.type());
        Problem.require(out, "department", a.department());
        Problem.require(out, "taskName", a.taskName());
        Problem.require(out, "category", a.category());
        if (a.townships().isEmpty()) {
            out.add(Problem.field("townships", "必填"));
        }
        Problem.require(out, "handover", a.handover());
        Problem.require(out, "opinionsHeard", a.opinionsHeard());
        Problem.require(out, "status", a.status());
        // a negative figure is not "support given" (ADM-09): it is a mistake to correct
        if (a.staffing() != null && a.staffing() < 0) {
            out.add(Problem.field("staffing", "配套编制不能为负数"));
        }
        if (a.fundingWan() != null && a.fundingWan().signum() < 0) {
            out.add(Problem.field("fundingWan", "配套经费不能为负数"));
        }
        for (int i = 0; i < a.opinions().size(); i++) {
            var o = a.opinions().get(i);
            if (o == null || o.township() == null || o.township().isBlank()) {
                out.add(Problem.field("opinions[" + i + "].township", "必填"));
            }
        }
        return out;
    }
}
