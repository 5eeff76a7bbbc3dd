package quanze.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web page's one HTML file, with its script and style sheet named by the hash of their content
 * ({@code app/app-<md5>.js}): the browser keeps those for a year and asks for the page itself each visit, so a new
 * release reaches everyone at once and an unchanged one costs one small request (issue #18).
 */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class IndexPage {
    private final ResourceUrlProvider urls;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private volatile String page;

    IndexPage(ResourceUrlProvider urls, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.urls = urls;
        this.json = json;
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<String> index() throws IOException {
        if (page == null) {
            try (InputStream in = new ClassPathResource("static/index.html").getInputStream()) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // the labels in the page: the first view needs one request fewer before it paints
                String labels = json.writeValueAsString(quanze.api.rules.LabelsController.all()).replace("</", "<\\/");
                page = html.replace("\"app/app.css\"", "\"" + hashed("/app/app.css") + "\"")
                        .replace("<script src=\"app/app.js\"></script>", "<script id=\"labels\" type=\"application/json\">"
                                + labels + "</script>\n<script src=\"" + hashed("/app/app.js") + "\"></script>");
            }
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(page);
    }

    /** "app/app-5d41402abc4b2a76b9719d911017c592.js", relative like the page's own links. */
    private String hashed(String path) {
        String url = urls.getForLookupPath(path);
        return (url == null ? path : url).substring(1);
    }
}
