package quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** What the benches need to start the service or the CLI in a JVM of their own: this JVM's tools and a free port. */
final class Jvm {
    private Jvm() {
    }

    /** A tool of the JVM running the bench ("java", "jcmd"): the service runs on the same JVM it is measured against. */
    static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** A loopback port free at the moment of asking, for a service the bench starts. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
