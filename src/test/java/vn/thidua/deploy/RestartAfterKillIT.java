package vn.thidua.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.thidua.testsupport.RawHttp;

/**
 * The packaged service on its embedded PostgreSQL ({@code target/quarkus-app/quarkus-run.jar}, production profile) is
 * killed with SIGKILL, which leaves its postmaster running, and started again on the same data directory: it stops the
 * orphan, comes back ready with the data it had, and a normal stop afterwards leaves no PostgreSQL behind. The time to
 * ready is printed; the bound asserted is loose, because the shared CI machine's load decides most of it (README,
 * "Measurements", has the figures). It also proves what only the packaged service's own main ({@code ThiduaMain})
 * sets up: a URL that is not one gets a problem+json 400, not Quarkus's empty one; and the embedded PostgreSQL it
 * starts before Quarkus reads its configuration gives way to the one that configuration asks for. Runs in
 * {@code verify}, after {@code package}.
 */
class RestartAfterKillIT {

    private static final Path WORK = Path.of("target", "restart-after-kill-it").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("thidua.runner-jar",
            "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    private static final String ADMIN_PASSWORD = "Restart-After-Kill-2026";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private int port;

    @Test
    void afterKill9TheServiceStopsTheOrphanedPostgresAndIsReadyAgainWithItsData() throws Exception {
        LocalMachine.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        port = LocalMachine.freePort();

        Process first = start("first");
        awaitReady(first, "first");
        assertEquals(200, login().statusCode());
        RawHttp.Answer malformed = RawHttp.get(port, "/api/v1/people/%zz");
        assertEquals(400, malformed.status(), "ThiduaMain turns Quarkus's empty 400 off: " + malformed.head());
        assertEquals("BAD_REQUEST", malformed.json().getString("code"));

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = postmaster().orElseThrow(() -> new AssertionError("no postmaster.pid after the first run"));
        assertTrue(orphan.isAlive(), "SIGKILL of the JVM leaves its postmaster running");

        long restart = System.nanoTime();
        Process second = start("second");
        awaitReady(second, "second");
        Duration toReady = Duration.ofNanos(System.nanoTime() - restart);
        System.out.printf("RestartAfterKillIT: ready %d ms after the start that followed kill -9%n", toReady.toMillis());
        assertFalse(orphan.isAlive(), "the orphaned postmaster was stopped");
        assertEquals(200, login().statusCode(), "the admin account of the first run is still there");
        assertTrue(toReady.compareTo(Duration.ofSeconds(60)) < 0, "ready after " + toReady);

        second.destroy();
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "a SIGTERM stops the service");
        assertTrue(postmaster().isEmpty(), "a normal stop leaves no PostgreSQL running");
    }

    @Test
    void aSettingOnlyQuarkusReadsStillDecidesTheEmbeddedDatabaseThatStartedEarly() throws Exception {
        // ThiduaMain starts PostgreSQL before Quarkus reads config/application.properties of the working directory,
        // which its early look does not read; the port set there must still be the one served
        LocalMachine.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        port = LocalMachine.freePort();
        int databasePort = LocalMachine.freePort();
        Files.createDirectories(WORK.resolve("config"));
        Files.writeString(WORK.resolve("config").resolve("application.properties"),
                "thidua.embedded-postgres.port=" + databasePort + "\n");

        Process service = start("own-config");
        awaitReady(service, "own-config");
        assertEquals(200, login().statusCode());
        List<String> pidFile = Files.readAllLines(WORK.resolve("data").resolve("postgres").resolve("postmaster.pid"));
        assertEquals(Integer.toString(databasePort), pidFile.get(3).trim(), "the port of config/application.properties, not the early start's");
        assertTrue(Files.readString(WORK.resolve("own-config.log")).contains("started with early"),
                "the early server was replaced, and said so");

        service.destroy();
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "a SIGTERM stops the service");
        assertTrue(postmaster().isEmpty(), "a normal stop leaves no PostgreSQL running, the early one neither");
    }

    @AfterEach
    void stopWhateverIsLeft() throws Exception {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    private Process start(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManifestsTest.SERVICE_JVM_OPTIONS);
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile());
        // Settings of the JVM running this test must not leak into the service.
        builder.environment().keySet().removeIf(k -> Stream.of("QUARKUS_", "THIDUA_", "MP_", "SMALLRYE_",
                "LIQUIBASE_", "JAVA_TOOL_OPTIONS").anyMatch(k::startsWith));
        builder.environment().put("THIDUA_DATA_DIR", WORK.resolve("data").toString());
        builder.environment().put("THIDUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private void awaitReady(Process process, String name) throws Exception {
        Readiness.await(http, uri("/q/health/ready"), process, name, START_TIMEOUT, Duration.ofMillis(50),
                () -> "see " + WORK.resolve(name + ".log"));
    }

    private HttpResponse<String> login() throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The postmaster named in the data directory's {@code postmaster.pid}, if that process runs. */
    private static Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = WORK.resolve("data").resolve("postgres").resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
        return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
