package quanze.burden;

import quanze.catalog.Text;

/**
 * One item of the 考核及"一票否决"、"责任状"事项清理表 (formats.md §5, api.md "Burden"): a veto,
 * contract, quota, check or assessment a department imposes on townships.
 */
public record Burden(
        String code,
        String name,
        BurdenType type,
        String settingUnit,
        String basisDocument,
        IssuerLevel issuerLevel,
        Boolean basisExplicit,
        String approvalDoc,
        Boolean inUnifiedPlan,
        String county) {

    public Burden {
        code = Text.orNull(code);
        name = Text.orNull(name);
        settingUnit = Text.orNull(settingUnit);
        basisDocument = Text.orNull(basisDocument);
        approvalDoc = Text.orNull(approvalDoc);
        county = Text.orNull(county);
    }

    public Burden withCounty(String newCounty) {
        return new Burden(code, name, type, settingUnit, basisDocument, issuerLevel, basisExplicit, approvalDoc,
                inUnifiedPlan, newCounty);
    }
}
