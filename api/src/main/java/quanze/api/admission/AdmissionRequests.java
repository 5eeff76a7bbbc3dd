package quanze.api.admission;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import quanze.admission.Admission;
import quanze.api.JsonText;
import quanze.admission.AdmissionCase;
import quanze.admission.TownshipOpinion;
import quanze.api.decision.DecisionRepository;
import quanze.api.duty.DutyRepository;
import quanze.api.delegation.DelegationItemRepository;
import quanze.api.problem.ApiException;
import quanze.api.problem.Problem;
import quanze.api.security.QuanzeUser;
import quanze.api.township.TownshipRepository;
import quanze.decision.Decision;
import quanze.delegation.Opinion;
import quanze.engine.Registry;
import quanze.engine.admission.AdmissionEngine;
import quanze.township.Township;

/**
 * The opinion workflow of 职责准入 (TW6 §13 需充分听取基层意见): the editorial office registers a
 * request, each addressed township records its opinion, and the decision is made again — a new
 * stored decision, the earlier ones kept — every time an opinion arrives.
 */
@Service
public class AdmissionRequests {
    private final JdbcClient jdbc;
    private final JsonText json;
    private final AdmissionEngine engine;
    private final TownshipRepository townships;
    private final DelegationItemRepository items;
    private final DecisionRepository decisions;
    private final quanze.api.decision.DecisionQueries queries;
    private final Clock clock;
    private final DutyRepository duties;

    AdmissionRequests(JdbcClient jdbc, JsonText json, AdmissionEngine engine, TownshipRepository townships,
                      DelegationItemRepository items, DecisionRepository decisions, quanze.api.decision.DecisionQueries queries, DutyRepository duties, Clock clock) {
        this.duties = duties;
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.townships = townships;
        this.items = items;
        this.decisions = decisions;
        this.queries = queries;
        this.clock = clock;
    }

    /** A request as it stands: its fields, its current decision, and the ids of every decision made on it. */
    public record View(Admission request, JsonNode decision, List<String> decisionHistory) {
    }

    @Transactional
    public View register(Admission request, QuanzeUser user) {
        List<Problem> problems = AdmissionValidation.problems(request);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        if (exists(request.requestId())) {
            throw alreadyRegistered(request.requestId());
        }
        Registry registry = townships.registry();
        AdmissionCase c = engine.caseOf(request, registry, items.holdings(AdmissionEngine.townshipCodes(request, registry)),
                LocalDate.now(clock));
        Decision decision = store(request, c, user);
        try {
            jdbc.sql("insert into admission_request (request_id, body, registered_by, registered_at, first_decision_id,"
                            + " decision_id) values (?, ?, ?, ?, ?, ?)")
                    .params(request.requestId(), json.write(request), user.username(), Timestamp.from(Instant.now(clock)),
                            decision.id(), decision.id())
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException registeredMeanwhile) {
            // the same number registered at the same moment by another request: this one stores nothing
            throw alreadyRegistered(request.requestId());
        }
        for (Township t : c.getTownships()) {
            jdbc.sql("insert into admission_township (request_id, township_code) values (?, ?)")
                    .params(request.requestId(), t.code()).update();
        }
        return view(request.requestId()).orElseThrow();
    }

    private static ApiException alreadyRegistered(String requestId) {
        return new ApiException(HttpStatus.CONFLICT, "申请编号“" + requestId + "”已登记", List.of(
                Problem.field("requestId", "已存在；补充意见请用 POST /api/v1/admissions/{requestId}/opinions")));
    }

    /** A township user records its own township's opinion; the request is decided again. */
    @Transactional
    public View recordOpinion(String requestId, Opinion opinion, String reason, QuanzeUser user) {
        // the request row stays locked until this opinion commits: two townships answering at once (on any instances)
        // each build on the other's opinion instead of one overwriting the other
        Admission request = lockForUpdate(requestId).orElseThrow(() -> notFound(requestId));
        if (opinion == null) {
            throw ApiException.badRequest(List.of(Problem.field("opinion", "必填")));
        }
        if (user.townshipCode() == null || !addressed(requestId).contains(user.townshipCode())) {
            throw ApiException.forbidden("本乡镇不在该申请的承接乡镇之中，不能提出意见");
        }
        Township own = townships.find(user.townshipCode()).orElseThrow(() -> notFound(requestId));
        Admission next = request.withOpinion(new TownshipOpinion(own.name(), opinion, reason));
        Registry registry = townships.registry();
        AdmissionCase c = engine.caseOf(next, registry, items.holdings(AdmissionEngine.townshipCodes(next, registry)), LocalDate.now(clock));
        Decision decision = store(next, c, user);
        jdbc.sql("insert into admission_opinion (request_id, township_code, opinion, reason, recorded_by, recorded_at,"
                        + " decision_id) values (?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, own.code(), opinion.name(), reason, user.username(), Timestamp.from(Instant.now(clock)),
                        decision.id())
                .update();
        jdbc.sql("update admission_request set body = ?, decision_id = ? where request_id = ?")
                .params(json.write(next), decision.id(), requestId).update();
        return view(requestId).orElseThrow();
    }

    public Optional<View> view(String requestId) {
        return jdbc.sql("select body, decision_id, first_decision_id from admission_request where request_id = ?")
                .param(requestId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional()
                .map(row -> {
                    List<String> history = new java.util.ArrayList<>(List.of(row[2]));
                    history.addAll(jdbc.sql("select decision_id from admission_opinion where request_id = ? order by seq")
                            .param(requestId).query(String.class).list());
                    return new View(json.read(row[0], Admission.class), queries.find(row[1]).orElseThrow().body(), history);
                });
    }

    /** The requests addressed to a township, newest first. */
    public List<View> addressedTo(String townshipCode) {
        return jdbc.sql("select r.request_id from admission_request r join admission_township t"
                        + " on t.request_id = r.request_id where t.township_code = ? order by r.registered_at desc")
                .param(townshipCode).query(String.class).list().stream()
                .map(id -> view(id).orElseThrow()).toList();
    }

    public List<String> addressed(String requestId) {
        return jdbc.sql("select township_code from admission_township where request_id = ?").param(requestId)
                .query(String.class).list();
    }

    public boolean exists(String requestId) {
        return jdbc.sql("select count(*) from admission_request where request_id = ?").param(requestId)
                .query(Integer.class).single() > 0;
    }

    /** The request as registered, its row locked until the caller's transaction ends. */
    private Optional<Admission> lockForUpdate(String requestId) {
        return jdbc.sql("select body from admission_request where request_id = ? for update").param(requestId)
                .query(String.class).optional().map(b -> json.read(b, Admission.class));
    }

    private Decision store(Admission request, AdmissionCase c, QuanzeUser user) {
        Decision d = engine.decide(List.of(c), duties.current(c.getTownships().stream().map(Township::code).toList())).get(0);
        return store(d, request.requestId(), user);
    }

    /** Stores a decision on a request with the list amendments it carries, both or neither. */
    @Transactional
    public Decision store(Decision d, String requestId, QuanzeUser user) {
        Decision stored = decisions.save(d, new DecisionRepository.Meta(null, requestId, user.username(), null));
        duties.recordAmendments(stored, requestId);
        return stored;
    }

    /** The codes of the townships a request addresses (what its holdings and duty lists are read for). */
    static ApiException notFound(String requestId) {
        return ApiException.notFound("没有编号为“" + requestId + "”的准入申请");
    }


}
