package quanze.api.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import quanze.engine.RuleBase;
import quanze.profile.ProfileParameter;

/**
 * The province parameter table: read it as in force on a date, and (ADMIN) put a new workbook in
 * force. A workbook with any problem is refused whole; decisions already stored keep their version.
 */
@RestController
class ParameterController {
    private final RuleBase rules;
    private final ParameterTable table;
    private final Clock clock;

    ParameterController(RuleBase rules, ParameterTable table, Clock clock) {
        this.rules = rules;
        this.table = table;
        this.clock = clock;
    }

    record InForce(String ruleSetVersion, LocalDate asOf, List<ProfileParameter> parameters) {
    }

    @GetMapping("/api/v1/rules/parameters")
    InForce inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        RuleBase.Snapshot s = rules.snapshot();
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        return new InForce(s.version(), date, s.parameters().inForce(date));
    }

    @PutMapping(path = "/api/v1/admin/parameters", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    InForce replace(@RequestPart("file") MultipartFile file,
                    @org.springframework.security.core.annotation.AuthenticationPrincipal quanze.api.security.QuanzeUser user)
            throws IOException {
        RuleBase.Snapshot s = table.put(file.getBytes(), file.getOriginalFilename(), user.username());
        LocalDate today = LocalDate.now(clock);
        return new InForce(s.version(), today, s.parameters().inForce(today));
    }
}
