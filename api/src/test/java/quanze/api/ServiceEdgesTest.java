package quanze.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the servlet container and the security firewall refuse before the application sees it still answers as a
 * Chinese problem (application/problem+json), never Tomcat's page or Spring's own error format: a file over the
 * upload limit, a multipart body that is not one, a TRACE, a path with an encoded ";" or "/".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=2KB", "spring.servlet.multipart.max-request-size=4KB"})
@ActiveProfiles("demo")
class ServiceEdgesTest {
    static final String EDITOR = "Basic " + Base64.getEncoder().encodeToString("editorial:demo".getBytes(StandardCharsets.UTF_8));
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheUploadLimitIsRefusedWithOneMessage() throws Exception {
        String boundary = "limit";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "乡镇代码,乡镇名称\n".repeat(400) + "\r\n--" + boundary + "--\r\n";
        Raw r = send("POST", "/api/v1/imports?kind=townships", EDITOR, "multipart/form-data; boundary=" + boundary, body);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.problem()).contains("上传的文件超过大小限制");
    }

    @Test
    void aMultipartBodyThatIsNotOneIsABadRequestNamingTheFile() throws Exception {
        String broken = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n乡镇代码";
        for (String[] at : new String[][] {{"POST", "/api/v1/imports?kind=burdens", EDITOR},
                {"PUT", "/api/v1/admin/parameters", ADMIN}}) {
            Raw r = send(at[0], at[1], at[2], "multipart/form-data; boundary=b", broken);
            assertThat(r.status()).as(at[1]).isEqualTo(400);
            assertThat(r.problem()).as(at[1]).contains("上传的文件不完整或格式有误").contains("\"field\":\"file\"");
        }
    }

    @Test
    void 网页的脚本和样式以内容哈希命名长期缓存并压缩而网页本身每次核对() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(app/app-[0-9a-f]{32}\\.js)\"").matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        assertThat(page.body()).containsPattern("href=\"app/app-[0-9a-f]{32}\\.css\"")
                .contains("<script id=\"labels\" type=\"application/json\">").contains("\"DENY\":\"不得下放\"");

        java.net.http.HttpResponse<byte[]> js = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/" + script.group(1)))
                .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000").contains("public")
                .doesNotContain("no-store");
        String text = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(js.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("function route()");
        assertThat(js.body().length).isLessThan(text.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    @Test
    void traceIsRefusedAsAProblem() throws Exception {
        Raw r = send("TRACE", "/api/v1/rules", EDITOR, null, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.problem()).contains("该地址不支持此请求方法");
    }

    @Test
    void anEncodedSemicolonOrSlashInThePathIsRefusedAsAProblem() throws Exception {
        for (String path : new String[] {"/api/v1/decisions/a%3Bb", "/api/v1/townships/a%2Fb/authorities",
                "/api/v1/decisions/a;jsessionid=1", "/api/v1/decisions/%2e%2e/verify"}) {
            Raw r = send("GET", path, EDITOR, null, null);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.problem()).as(path).contains("请求地址含有不允许的字符");
        }
    }

    record Raw(int status, String head, String body) {
        /** The body, once it is known to be a Chinese problem with no trace of Java in it. */
        String problem() {
            assertThat(head.toLowerCase()).as(head).contains("content-type: application/problem+json");
            assertThat(body).contains("\"detail\"").doesNotContain("Exception").doesNotContain("<html");
            return body;
        }
    }

    /** One request as bytes on a socket, so nothing between the test and the container tidies it up. */
    Raw send(String method, String path, String auth, String contentType, String body) throws Exception {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        head.append("Authorization: ").append(auth).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String h = split < 0 ? answer : answer.substring(0, split);
            return new Raw(Integer.parseInt(h.substring(9, 12)), h, split < 0 ? "" : answer.substring(split + 4));
        }
    }
}
