package quanze.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuanzeApplication {
    public static void main(String[] args) {
        // the build's Spring AOT step (process-aot) runs main only to read the bean definitions: no rules needed
        if (!Boolean.getBoolean("spring.aot.processing")) {
            RuleBaseBuild.start();
        }
        SpringApplication.run(QuanzeApplication.class, args);
    }
}
