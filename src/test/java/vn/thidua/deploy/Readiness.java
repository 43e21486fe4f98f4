package vn.thidua.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a packaged service started by a journey to report ready, failing early when its process exits. */
final class Readiness {

    private Readiness() {
    }

    /**
     * Polls {@code ready} (its {@code /q/health/ready}) every {@code pause} until it answers 200; fails with
     * {@code name} and what {@code evidence} gives (its log, or where to find it) when the process exits first or
     * {@code timeout} passes.
     */
    static void await(HttpClient http, URI ready, Process process, String name, Duration timeout, Duration pause,
            Supplier<String> evidence) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + "; " + evidence.get());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the timeout
            }
            Thread.sleep(pause.toMillis());
        }
        fail(name + " not ready within " + timeout + "; " + evidence.get());
    }
}
