package quanze.api.problem;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says what every error looks like (api.md): any status besides the documented success is an
 * RFC 9457 problem, application/problem+json, with a Chinese detail and, for input errors, the problems by field or
 * by sheet, row and column. The API tests check every answer they receive against the document (OpenApiCheck).
 */
@Configuration(proxyBeanMethods = false)
class ProblemDocs {

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> entry = new ObjectSchema()
                    .addProperty("field", new StringSchema().description("JSON 字段或请求参数，如 matters[0].matterCode"))
                    .addProperty("sheet", new StringSchema().description("工作表"))
                    .addProperty("row", new IntegerSchema().description("行号（Excel 所显示的）"))
                    .addProperty("column", new StringSchema().description("列名"))
                    .addProperty("message", new StringSchema().description("中文说明"));
            Schema<?> problem = new ObjectSchema()
                    .addProperty("type", new StringSchema())
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("中文说明"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("problems", new ArraySchema().items(entry));
            problem.setRequired(java.util.List.of("status", "detail"));
            api.getComponents().addSchemas("Problem", problem);
            ApiResponse error = new ApiResponse().description("错误：RFC 9457 problem，中文 detail（400 请求有误、401 未登录、"
                            + "403 无权、404 不存在、413 文件过大、422 文件或参数表未导入、500 服务内部错误）")
                    .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
            api.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(op -> op.getResponses().addApiResponse("default", error)));
        };
    }
}
