package quanze.api;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The service refusing to start for a reason an operator can fix (no account; the demo profile with Spring AOT):
 * Spring Boot prints its plain "APPLICATION FAILED TO START" with the description and the action, no stack trace
 * ({@link Analyzer}, registered in META-INF/spring.factories).
 */
public final class StartRefusal extends IllegalStateException {
    private final String description;
    private final String action;

    /**
     * @param message     the short reason, the exception's message
     * @param description what is wrong, as the operator reads it
     * @param action      what to do about it
     */
    public StartRefusal(String message, String description, String action) {
        super(message);
        this.description = description;
        this.action = action;
    }

    static final class Analyzer extends AbstractFailureAnalyzer<StartRefusal> {
        @Override
        protected FailureAnalysis analyze(Throwable root, StartRefusal cause) {
            return new FailureAnalysis(cause.description, cause.action, cause);
        }
    }
}
