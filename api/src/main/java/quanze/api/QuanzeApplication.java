package quanze.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuanzeApplication {
    public static void main(String[] args) {
        RuleBaseBuild.start();
        SpringApplication.run(QuanzeApplication.class, args);
    }
}
