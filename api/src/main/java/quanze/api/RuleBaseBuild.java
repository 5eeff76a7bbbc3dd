package quanze.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import quanze.engine.RuleBase;

/**
 * The rule base compiled on a thread of its own from the first line of {@code main}, beside Spring's start-up (issue
 * #17 item 3): compiling the DRL is seconds of work on one core, and so is Spring's (class loading, the context), so
 * side by side the service is ready after the longer of the two instead of their sum. A context started without
 * {@code main} (the tests) builds it when the bean is first asked for, as before.
 */
final class RuleBaseBuild {
    private static final ClassLoader LOADER = QuanzeApplication.class.getClassLoader();
    private static volatile CompletableFuture<RuleBase> started;

    private RuleBaseBuild() {
    }

    static void start() {
        start(LOADER);
    }

    static void start(ClassLoader loader) {
        started = CompletableFuture.supplyAsync(() -> RuleBase.load(loader), task -> {
            Thread thread = new Thread(task, "rule-base-build");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The rule base started by {@link #start}, once built, or one built now; a rule that does not compile throws. */
    static RuleBase take() {
        CompletableFuture<RuleBase> build = started;
        started = null;
        if (build == null) {
            return RuleBase.load(LOADER);
        }
        try {
            return build.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
