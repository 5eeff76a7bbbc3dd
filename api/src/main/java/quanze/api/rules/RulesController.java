package quanze.api.rules;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;
import quanze.engine.RuleBase;
import quanze.engine.RuleInfo;
import quanze.engine.Sources;

@RestController
@RequestMapping("/api/v1/rules")
class RulesController {
    private final RuleBase ruleBase;
    private final Sources sources;

    RulesController(RuleBase ruleBase, Sources sources) {
        this.ruleBase = ruleBase;
        this.sources = sources;
    }

    /** The rule catalogue as the running rule base declares it. */
    @GetMapping
    List<RuleInfo> rules() {
        return ruleBase.rules();
    }

    record SourceList(List<Sources.Document> documents, List<Sources.Clause> clauses) {
    }

    /** The documents the rules cite and, for each cited clause, the sentences it says. */
    @GetMapping("/sources")
    SourceList sources() {
        return new SourceList(sources.documents(), sources.clauses());
    }

    /** The full text of a seed document, to read a quoted sentence in its context. */
    @GetMapping("/sources/{key}")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "依据文件全文", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "text/plain", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    ResponseEntity<String> text(@PathVariable String key) {
        String text = sources.text(key).orElseThrow(() -> ApiException.notFound("没有“" + key + "”的全文"
                + (sources.document(key).isPresent() ? "：法律条文见所引条款" : "")));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }
}
