package quanze.township;

/**
 * One row of 乡镇基础信息 (formats.md §1). Optional numbers are null when the registry leaves them
 * empty; the rules treat "unknown" differently from zero.
 */
public record Township(
        String code,
        String name,
        TownshipKind kind,
        String county,
        String profile,
        String townshipClass,
        Integer population,
        Boolean countySeat,
        Boolean keyTown,
        boolean enforcementTeam,
        int certifiedOfficers,
        Integer staffOnBooks,
        Integer partyGovBodies,
        Integer publicInstitutions,
        String provincialApprovalDoc) {

    /** A registry entry is read by rules and shown to users; code and name are always there. */
    public Township {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("乡镇代码和乡镇名称不能为空");
        }
    }
}
