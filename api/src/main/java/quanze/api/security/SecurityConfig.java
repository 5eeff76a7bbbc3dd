package quanze.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import quanze.api.problem.ProblemAdvice;

/**
 * api.md: the published lists are open to anyone; deciding and importing need EDITORIAL or JUSTICE;
 * everything else needs a signed-in user. HTTP Basic, no sessions, errors as Chinese problems.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/**", "/api/v1/townships", "/api/v1/townships/**",
                                "/api/v1/labels", "/api/v1/catalog-kinds", "/api/v1/demo/files", "/api/v1/demo/files/*").permitAll()
                        // the web page: static files; its data comes from the API below with the same roles
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/app/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/decisions/**", "/api/v1/imports").hasAnyRole("EDITORIAL", "JUSTICE")
                        .requestMatchers(HttpMethod.POST, "/api/v1/admissions").hasRole("EDITORIAL")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/verify").hasAnyRole("ADMIN", "JUSTICE")
                        .requestMatchers(HttpMethod.POST, "/api/v1/admissions/*/opinions").hasRole("TOWNSHIP")
                        // a county's imports, their reports and the county-wide consistency check are for county staff;
                        // a township reads its own lists and decisions (api.md)
                        .requestMatchers(HttpMethod.GET, "/api/v1/imports", "/api/v1/imports/**", "/api/v1/consistency",
                                "/api/v1/consistency/**")
                                .hasAnyRole("EDITORIAL", "JUSTICE", "ADMIN")
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(b -> b.realmName("quanze").authenticationEntryPoint((req, res, e) ->
                        write(req, res, json, HttpStatus.UNAUTHORIZED, e instanceof org.springframework.security.authentication.LockedException
                                ? "连续多次密码错误，账号已临时锁定，请15分钟后再试"
                                : "请先登录：用户名或密码不正确，或未提供")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> write(req, res, json, HttpStatus.UNAUTHORIZED, "请先登录"))
                        .accessDeniedHandler((req, res, ex) -> write(req, res, json, HttpStatus.FORBIDDEN, "当前账号无权进行此操作")))
                .build();
    }

    private static void write(HttpServletRequest req, HttpServletResponse res, ObjectMapper json, HttpStatus status, String detail) throws IOException {
        res.setStatus(status.value());
        // the web page signs in with its own form: no browser password dialog for its requests
        if (status == HttpStatus.UNAUTHORIZED && !"XMLHttpRequest".equals(req.getHeader("X-Requested-With"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"quanze\", charset=\"UTF-8\"");
        }
        ProblemAdvice.write(res, json, status, detail);
    }
}
