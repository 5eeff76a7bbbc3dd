package quanze.api.township;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import quanze.api.problem.ApiException;
import quanze.township.Township;

@RestController
@RequestMapping("/api/v1/townships")
class TownshipController {
    private final TownshipRepository townships;

    TownshipController(TownshipRepository townships) {
        this.townships = townships;
    }

    @GetMapping
    List<Township> all(@org.springframework.web.bind.annotation.RequestParam(required = false) String county) {
        return county == null ? townships.all() : townships.registry().ofCounty(county);
    }

    @GetMapping("/{code}")
    Township one(@PathVariable String code) {
        return townships.find(code).orElseThrow(() -> unknown(code));
    }

    static ApiException unknown(String code) {
        return ApiException.notFound("没有代码为“" + code + "”的乡镇（街道）");
    }
}
