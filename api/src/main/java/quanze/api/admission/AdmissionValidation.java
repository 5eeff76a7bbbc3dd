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
        return out;
    }
}
