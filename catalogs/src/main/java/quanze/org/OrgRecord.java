package quanze.org;

import java.util.List;

/**
 * Everything the ORG rules judge about one township (api.md POST /api/v1/decisions/org): its bodies
 * come from the registry; its secondments, stationed-unit appointments and plaques from their sheets.
 */
public record OrgRecord(String township, List<Secondment> secondments, List<Appointment> appointments,
                        List<Plaque> plaques) {
    public OrgRecord {
        secondments = secondments == null ? List.of() : List.copyOf(secondments);
        appointments = appointments == null ? List.of() : List.copyOf(appointments);
        plaques = plaques == null ? List.of() : List.copyOf(plaques);
    }
}
