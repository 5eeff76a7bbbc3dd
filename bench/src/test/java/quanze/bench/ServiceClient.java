package quanze.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** The benchmarks' HTTP client for a service on loopback: JSON calls and multipart catalog uploads. */
final class ServiceClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    ServiceClient(int port) {
        this.port = port;
    }

    HttpResponse<String> request(String method, String path, String body, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (credentials != null) {
            b.header("Authorization", basic(credentials));
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a call, 0 when the service did not answer. */
    int status(String method, String path, String body, String credentials) {
        try {
            return request(method, path, body, credentials).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    /** The body of an anonymous GET, "" when the service did not answer. */
    String get(String path) {
        try {
            return request("GET", path, null, null).body();
        } catch (Exception e) {
            return "";
        }
    }

    /** POST /api/v1/imports?kind=…[&county=…] as multipart, waiting up to 20 minutes for a province file. */
    HttpResponse<String> upload(String kind, String county, String fileName, byte[] file, String credentials)
            throws Exception {
        String boundary = "quanze" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/imports?kind=" + kind
                + (county == null ? "" : "&county=" + URLEncoder.encode(county, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(20))
                        .header("Authorization", basic(credentials))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A whole list imported as {@code credentials}: its status, with the first of the answer printed when not 201. */
    int importList(String kind, java.nio.file.Path file, String credentials) throws Exception {
        HttpResponse<String> r = upload(kind, null, file.getFileName().toString(), java.nio.file.Files.readAllBytes(file),
                credentials);
        if (r.statusCode() != 201) {
            System.out.println("[bench] import " + kind + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(400, r.body().length())));
        }
        return r.statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
