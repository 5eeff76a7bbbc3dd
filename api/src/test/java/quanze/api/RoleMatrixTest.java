package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import quanze.engine.RuleBase;

/**
 * Every endpoint × every role of api.md: anonymous, TOWNSHIP of A (陇阳镇, addressed by the demo request),
 * TOWNSHIP of B (平襄镇), EDITORIAL, JUSTICE, ADMIN. A row is the status each of them gets, in that order.
 */
class RoleMatrixTest extends ApiTestBase {
    static final List<String> USERS = java.util.Arrays.asList(null, "township-621121106", "township-621121100",
            "editorial", "justice", "admin");
    static final AtomicInteger SEQ = new AtomicInteger();
    static final String ANY_IMPORT = "00000000-0000-0000-0000-000000000000";
    static final String BURDEN = "{\"code\":\"R\",\"name\":\"评比\",\"type\":\"评比达标\",\"settingUnit\":\"县委宣传部\"}";
    static final String DELEGATION = "{\"itemCode\":\"R\",\"itemName\":\"乡村建设规划许可\",\"category\":\"行政许可\","
            + "\"legalBasis\":\"城乡规划法\",\"fromDepartment\":\"县自然资源局\",\"receiver\":\"平襄镇\",\"mode\":\"下放\"}";

    interface Request {
        MockHttpServletRequestBuilder build() throws Exception;
    }

    static Arguments row(String name, Request request, int... statuses) {
        return Arguments.of(name, request, statuses);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET 规则目录", () -> get("/api/v1/rules"), 200, 200, 200, 200, 200, 200),
                row("GET 参数", () -> get("/api/v1/rules/parameters"), 200, 200, 200, 200, 200, 200),
                row("GET 乡镇", () -> get("/api/v1/townships"), 200, 200, 200, 200, 200, 200),
                row("GET 赋权清单", () -> get("/api/v1/townships/621121100/authorities"), 200, 200, 200, 200, 200, 200),
                row("GET 属地责任", () -> get("/api/v1/townships/621121100/responsibilities"), 200, 200, 200, 200, 200, 200),
                row("GET 履职清单", () -> get("/api/v1/townships/621121100/duties"), 200, 200, 200, 200, 200, 200),
                row("POST 赋权审查", () -> json(post("/api/v1/decisions/delegations"), DELEGATION), 401, 403, 403, 201, 201, 403),
                row("POST 清理审查", () -> json(post("/api/v1/decisions/burdens"), BURDEN), 401, 403, 403, 201, 201, 403),
                row("POST 机构编制审查", () -> json(post("/api/v1/decisions/org"), "{\"township\":\"平襄镇\"}"),
                        401, 403, 403, 201, 201, 403),
                row("GET 决定日志", () -> get("/api/v1/decisions").param("kind", "BURDEN"), 401, 200, 200, 200, 200, 200),
                row("GET 验证日志", () -> get("/api/v1/decisions/verify"), 401, 403, 403, 403, 200, 200),
                row("GET 一致性审查", () -> get("/api/v1/consistency").param("county", "通渭县"), 401, 403, 403, 200, 200, 200),
                row("GET 导入审查报告", () -> get("/api/v1/imports/" + ANY_IMPORT + "/report"), 401, 403, 403, 404, 404, 404),
                row("GET 导入摘要", () -> get("/api/v1/imports/" + ANY_IMPORT), 401, 403, 403, 404, 404, 404),
                row("POST 导入清理表", () -> multipart("/api/v1/imports").file(new MockMultipartFile("file", "b.csv", "text/csv",
                        Files.readAllBytes(Path.of("..", "demo", "tongwei-burdens.csv")))).param("kind", "burdens"),
                        401, 403, 403, 201, 201, 403),
                row("PUT 参数表", () -> multipart(HttpMethod.PUT, "/api/v1/admin/parameters").file(new MockMultipartFile("file",
                        "p.xlsx", "application/octet-stream", RuleBase.read(RoleMatrixTest.class.getClassLoader(),
                        RuleBase.PARAMETERS))), 401, 403, 403, 403, 403, 200),
                row("PUT 账号", () -> json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                        "/api/v1/admin/accounts/new-clerk"), "{\"password\":\"long-enough-1\",\"role\":\"JUSTICE\"}"),
                        401, 403, 403, 403, 403, 200),
                row("POST 登记准入申请", () -> json(post("/api/v1/admissions"), AdmissionAndBurdenTest.request(
                        "ZR-R-" + SEQ.incrementAndGet(), "")), 401, 403, 403, 201, 403, 403),
                row("POST 乡镇意见", () -> json(post("/api/v1/admissions/ZR-2026-101/opinions"), "{\"opinion\":\"同意\"}"),
                        401, 200, 403, 403, 403, 403),
                row("GET 当前账号", () -> get("/api/v1/me"), 401, 200, 200, 200, 200, 200),
                row("GET 代码标签", () -> get("/api/v1/labels"), 200, 200, 200, 200, 200, 200),
                row("GET 规则依据原文", () -> get("/api/v1/rules/sources"), 200, 200, 200, 200, 200, 200),
                row("GET 网页", () -> get("/index.html"), 200, 200, 200, 200, 200, 200),
                row("GET 导入列表", () -> get("/api/v1/imports"), 401, 403, 403, 200, 200, 200),
                row("GET 导入发现的问题", () -> get("/api/v1/imports/" + ANY_IMPORT + "/findings"), 401, 403, 403, 404, 404, 404),
                row("GET 收到的申请", () -> get("/api/v1/admissions").param("township", "621121106"), 401, 200, 403, 200, 200, 200));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsWhatApiMdGivesIt(String name, Request request, int[] statuses) throws Exception {
        for (int i = 0; i < USERS.size(); i++) {
            MockHttpServletRequestBuilder b = request.build();
            if (USERS.get(i) != null) {
                b = b.with(httpBasic(USERS.get(i), "demo"));
            }
            int status = mvc.perform(b).andReturn().getResponse().getStatus();
            assertThat(status).as("%s，%s", name, USERS.get(i) == null ? "未登录" : USERS.get(i)).isEqualTo(statuses[i]);
        }
    }
}
