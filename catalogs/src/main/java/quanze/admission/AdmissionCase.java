package quanze.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import quanze.delegation.Categorized;
import quanze.delegation.Category;
import quanze.delegation.Delegation;
import quanze.delegation.DelegationCase;
import quanze.delegation.Mode;
import quanze.delegation.Opinion;
import quanze.delegation.Support;
import quanze.township.Township;

/**
 * What the ADM rules see: one request with its receivers resolved. {@code villages} are receivers
 * that are villages or communities (ADM-05); {@code unheard} the townships with no opinion on record
 * (ADM-07); {@code withoutPower} the townships that hold no lawful delegation of the task (ADM-03).
 */
public final class AdmissionCase implements Categorized {
    private final Admission admission;
    private final List<Township> townships;
    private final List<String> villages;
    private final List<String> unheard;
    private final List<String> opposed;
    private final List<String> withoutPower;
    private final String profile;
    private final LocalDate asOf;
    private final java.util.Map<String, Opinion> opinionByCode;
    private final List<quanze.decision.Finding> handOverBlocking;
    private final List<String> lawfullyGiven;

    public AdmissionCase(Admission admission, List<Township> townships, List<String> villages, List<String> unheard,
                         List<String> opposed, List<String> withoutPower, String profile, LocalDate asOf) {
        this(admission, townships, villages, unheard, opposed, withoutPower, profile, asOf, java.util.Map.of(), List.of(),
                List.of());
    }

    /**
     * @param opinionByCode    each township's opinion, by township code (resolved from any name form the request used)
     * @param handOverBlocking the BLOCKING findings of the DLG rules on the request's delegation rows (ADM-06)
     * @param lawfullyGiven    the townships this very request hands the power to with no BLOCKING DLG finding (ADM-03)
     */
    public AdmissionCase(Admission admission, List<Township> townships, List<String> villages, List<String> unheard,
                         List<String> opposed, List<String> withoutPower, String profile, LocalDate asOf,
                         java.util.Map<String, Opinion> opinionByCode, List<quanze.decision.Finding> handOverBlocking,
                         List<String> lawfullyGiven) {
        this.opinionByCode = java.util.Map.copyOf(opinionByCode);
        this.handOverBlocking = List.copyOf(handOverBlocking);
        this.lawfullyGiven = List.copyOf(lawfullyGiven);
        this.admission = admission;
        this.townships = List.copyOf(townships);
        this.villages = List.copyOf(villages);
        this.unheard = List.copyOf(unheard);
        this.opposed = List.copyOf(opposed);
        this.withoutPower = List.copyOf(withoutPower);
        this.profile = profile;
        this.asOf = asOf;
    }

    public Admission getAdmission() {
        return admission;
    }

    public List<Township> getTownships() {
        return townships;
    }

    public List<String> getVillages() {
        return villages;
    }

    public List<String> getUnheard() {
        return unheard;
    }

    public List<String> getOpposed() {
        return opposed;
    }

    public List<String> getWithoutPower() {
        return withoutPower;
    }

    /** The same request once its delegation rows have been judged by the DLG rules (ADM-06, ADM-03). */
    public AdmissionCase withHandOver(List<quanze.decision.Finding> blocking, List<String> given) {
        return new AdmissionCase(admission, townships, villages, unheard, opposed, withoutPower, profile, asOf,
                opinionByCode, blocking, given);
    }

    public List<quanze.decision.Finding> getHandOverBlocking() {
        return handOverBlocking;
    }

    /** The ids of the DLG rules that block the hand-over, each once ("DLG-07、DLG-08"). */
    public String getHandOverRuleIds() {
        return String.join("、", handOverBlocking.stream().map(quanze.decision.Finding::ruleId).distinct().toList());
    }

    /** ADM-03 for an enforcement power: townships that neither hold it nor are lawfully given it by this request. */
    public List<String> getWithoutPowerNorGiven() {
        return withoutPower.stream().filter(t -> !lawfullyGiven.contains(t)).toList();
    }

    @Override
    public String getProfile() {
        return profile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** Whether any receiving township is a 街道 (ADM-11: some tasks stay upstream for streets). */
    public boolean isToSubdistrict() {
        return townships.stream().anyMatch(t -> t.kind() == quanze.township.TownshipKind.JIEDAO);
    }

    @Override
    public Category getCategory() {
        return admission.category();
    }

    /**
     * ADM-06: the request as the delegation rows it would amount to, one per receiving township, so the
     * DLG rules judge an enforcement task exactly as they judge a delegation. Fields the request form
     * does not record (委托书、公布、指导目录、评估、再委托) stay null: "not recorded".
     */
    public List<DelegationCase> asDelegations() {
        Set<Support> support = EnumSet.noneOf(Support.class);
        if (admission.staffing() != null && admission.staffing() > 0) {
            support.add(Support.STAFF);
        }
        if (admission.fundingWan() != null && admission.fundingWan().signum() > 0) {
            support.add(Support.FUNDING);
        }
        Mode mode = admission.handover() == Handover.ENTRUST ? Mode.ENTRUST : Mode.DEVOLVE;
        List<DelegationCase> out = new ArrayList<>(townships.size());
        for (Township t : townships) {
            Opinion opinion = opinionByCode.get(t.code());
            Delegation d = new Delegation(admission.requestId(), admission.taskName(), null, admission.category(),
                    admission.legalBasis(), admission.department(), t.name(), mode, admission.provincialDecisionDoc(),
                    null, null, opinion, support, null, null, null, null);
            out.add(new DelegationCase(d, t, false, t.profile(), asOf, this));
        }
        return out;
    }
}
