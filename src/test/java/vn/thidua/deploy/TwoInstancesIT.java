package vn.thidua.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged service ({@code target/quarkus-app/quarkus-run.jar}, production profile) on one
 * PostgreSQL, as replicas behind a load balancer run: both are started at the same moment on an empty database, and
 * share one token key pair, as the deployment's secret gives them. Runs in {@code verify}, after {@code package}.
 * <p>
 * The database is a separate embedded PostgreSQL with an application role that owns its database but is no superuser,
 * as on a managed or CloudNativePG database. Everything started here is stopped at the end, also when a test fails,
 * and by a shutdown hook if this JVM is stopped before that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances-it").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("thidua.runner-jar",
            "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    private static final String ADMIN_PASSWORD = "Two-Instances-Admin-2026";
    /** One secrets key for both instances, as replicas must share it: each seals what the other opens. */
    private static final String SECRETS_KEY = "k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    private static final String DB_PASSWORD = "two-instances-db-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The pre-shutdown delay of instance B, long enough to see its readiness go DOWN while it still serves. */
    private static final String SHUTDOWN_DELAY = "2S";
    /**
     * What Liquibase prints on stdout while it migrates, past the logging system: its root scope writes to the console
     * whatever the log configuration (liquibase/liquibase#2396, #3651), and Quarkus runs it in that scope. These lines
     * come only during the migration at start, before the service's own "started" line.
     */
    private static final Pattern LIQUIBASE_CONSOLE = Pattern.compile("Running Changeset: .*|UPDATE SUMMARY|Run: +\\d+"
            + "|Previously run: +\\d+|Filtered out: +\\d+|-+|Total change sets: +\\d+|Waiting for changelog lock\\.*"
            + "|No validation errors found\\.|Database is up to date, no changesets to execute"
            + "|Liquibase: Update has been successful\\..*");

    /** Rows of the import that is in flight when instance B is stopped: a few seconds of work. */
    private static final int IMPORT_ROWS = 5000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private EmbeddedPostgres postgres;
    private DataSource database;
    private Instance a;
    private Instance b;
    private Thread safetyNet;

    @BeforeAll
    void startPostgresAndBothInstances() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the packaged service is built by `package`");
        LocalMachine.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        safetyNet = new Thread(this::stopEverything, "two-instances-it-cleanup");
        Runtime.getRuntime().addShutdownHook(safetyNet);

        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(WORK.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE thidua LOGIN PASSWORD '" + DB_PASSWORD + "'");
            s.execute("CREATE DATABASE thidua OWNER thidua ENCODING 'UTF8' TEMPLATE template0");
        }
        database = postgres.getDatabase("postgres", "thidua");

        Path keys = Files.createDirectories(WORK.resolve("keys"));
        writeKeyPair(keys.resolve("jwt-public.pem"), keys.resolve("jwt-private.pem"));

        a = Instance.start("a", instanceEnvironment("a", keys));
        Map<String, String> envB = instanceEnvironment("b", keys);
        envB.put("QUARKUS_SHUTDOWN_DELAY", SHUTDOWN_DELAY);
        b = Instance.start("b", envB);
        a.awaitReady(http);
        b.awaitReady(http);
    }

    @AfterAll
    void stopBothInstancesAndPostgres() {
        stopEverything();
        if (safetyNet != null) {
            Runtime.getRuntime().removeShutdownHook(safetyNet);
        }
    }

    @Test
    void startedTogetherOnAnEmptyDatabaseTheyMigratedOnceAndMadeOneRootAndOneAdministrator() throws Exception {
        int changeSets = changeSetsInChangeLog();
        assertTrue(changeSets > 0);
        assertEquals(changeSets, queryLong("SELECT count(*) FROM databasechangelog"), "every changeset applied");
        assertEquals(changeSets, queryLong("SELECT count(DISTINCT (id, author, filename)) FROM databasechangelog"),
                "none applied twice");
        assertEquals(0, queryLong("SELECT count(*) FROM databasechangelog WHERE exectype <> 'EXECUTED'"));
        // the migration lock is a PostgreSQL advisory lock (liquibase-sessionlock), released with its session
        assertEquals(0, queryLong("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "the lock is released");

        assertEquals(1, queryLong("SELECT count(*) FROM org_unit WHERE parent_id IS NULL"));
        assertEquals(1, queryLong("SELECT count(*) FROM account"));
        List<JsonNode> logs = Stream.concat(a.logLines().stream(), b.logLines().stream()).toList();
        assertEquals(1, logs.stream().filter(l -> l.path("message").asText().startsWith("Created the root unit")).count());
        assertEquals(1, logs.stream()
                .filter(l -> l.path("message").asText().startsWith("First start: created the account 'admin'")).count());
    }

    @Test
    void aWriteThroughOneInstanceIsReadThroughTheOtherWithTheOthersToken() throws Exception {
        Login onA = login(a);
        Login onB = login(b);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        HttpResponse<String> created = send(a, onB, "POST", "/api/v1/units", unitBody(code, "Phòng Hai Máy", onA.unit));
        assertEquals(201, created.statusCode(), created.body());
        String id = JSON.readTree(created.body()).path("id").asText();

        HttpResponse<String> read = send(b, onA, "GET", "/api/v1/units/" + id, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Phòng Hai Máy", JSON.readTree(read.body()).path("name").asText());
        assertEquals(created.headers().firstValue("ETag"), read.headers().firstValue("ETag"));
        HttpResponse<String> listed = send(b, onB, "GET", "/api/v1/units?parent=" + onA.unit + "&q=" + code, null);
        assertEquals(1, JSON.readTree(listed.body()).path("total").asInt(), listed.body());
    }

    @Test
    void aStaleVersionIsRefusedWhicheverInstanceTakesTheUpdate() throws Exception {
        Login admin = login(a);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = send(a, admin, "POST", "/api/v1/units", unitBody(code, "Phòng Phiên Bản", admin.unit));
        String id = JSON.readTree(created.body()).path("id").asText();
        String path = "/api/v1/units/" + id;
        String etag = send(b, admin, "GET", path, null).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = send(a, admin, "PUT", path, updateBody(code, "Đổi tên qua A"), "If-Match", etag);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> stale = send(b, admin, "PUT", path, updateBody(code, "Đổi tên qua B"), "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("PRECONDITION_FAILED", JSON.readTree(stale.body()).path("code").asText());
        assertEquals("Đổi tên qua A", JSON.readTree(send(b, admin, "GET", path, null).body()).path("name").asText());

        // Both instances at the same moment with the same version: both pass the If-Match check on their read, and
        // the database version decides; exactly one wins, whichever it is.
        for (int round = 0; round < 3; round++) {
            String current = send(a, admin, "GET", path, null).headers().firstValue("ETag").orElseThrow();
            CompletableFuture<HttpResponse<String>> viaA = sendAsync(a, admin, "PUT", path,
                    updateBody(code, "Cùng lúc A " + round), "If-Match", current);
            CompletableFuture<HttpResponse<String>> viaB = sendAsync(b, admin, "PUT", path,
                    updateBody(code, "Cùng lúc B " + round), "If-Match", current);
            List<Integer> statuses = Stream.of(viaA.get(30, TimeUnit.SECONDS), viaB.get(30, TimeUnit.SECONDS))
                    .map(HttpResponse::statusCode).sorted().toList();
            assertEquals(List.of(200, 412), statuses, "round " + round);
        }
    }

    @Test
    void aRetriedCreationIsAnsweredOnceWhicheverInstanceGetsTheRetry() throws Exception {
        Login admin = login(a);
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String key = UUID.randomUUID().toString();
        String body = unitBody(code, "Phòng Gửi Lại", admin.unit);

        HttpResponse<String> first = send(a, admin, "POST", "/api/v1/units", body, "Idempotency-Key", key);
        HttpResponse<String> retry = send(b, admin, "POST", "/api/v1/units", body, "Idempotency-Key", key);

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(JSON.readTree(first.body()).path("id"), JSON.readTree(retry.body()).path("id"));
        assertEquals(1, queryLong("SELECT count(*) FROM org_unit WHERE code = '" + code + "'"));
    }

    @Test
    void bothInstancesDeliverWebhooksAndNoEventIsDeliveredTwice() throws Exception {
        Map<String, Integer> byDeliveryId = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> units = java.util.Collections.synchronizedList(new ArrayList<>());
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            byDeliveryId.merge(exchange.getRequestHeaders().getFirst("Webhook-Id"), 1, Integer::sum);
            units.add(JSON.readTree(body).path("aggregateId").asText());
            try {
                // a slow receiver widens the window in which the other instance could claim the same delivery
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Login admin = login(a);
            String subscription = JSON.writeValueAsString(Map.of("url", "http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook", "eventTypes", List.of("unit.created"),
                    "unitId", admin.unit, "active", true, "description", "Hệ thống Ban Thi đua - Khen thưởng tỉnh"));
            HttpResponse<String> subscribed = send(b, admin, "POST", "/api/v1/webhooks", subscription);
            assertEquals(201, subscribed.statusCode(), subscribed.body());
            int count = 40;
            List<String> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String code = "WH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                HttpResponse<String> unit = send(i % 2 == 0 ? a : b, admin, "POST", "/api/v1/units",
                        unitBody(code, "Phòng Nhận Tin " + i, admin.unit));
                assertEquals(201, unit.statusCode(), unit.body());
                created.add(JSON.readTree(unit.body()).path("id").asText());
            }
            awaitTrue(Duration.ofSeconds(60), "every unit's creation delivered", () -> units.containsAll(created));
            Thread.sleep(3000);
            assertEquals(count, byDeliveryId.size(), "one delivery per event: " + byDeliveryId);
            assertTrue(byDeliveryId.values().stream().allMatch(n -> n == 1), "none delivered twice: " + byDeliveryId);
            assertEquals(created, units, "in the order the units were created");
            assertEquals(count, queryLong("SELECT count(*) FROM webhook_delivery WHERE status = 'DELIVERED'"));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theScheduledPurgeRunsEachSlotOnceAcrossBothInstances() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO idempotency_record (principal, idem_key, request_hash, operation, status, created_at)
                    SELECT 'it-purge', 'expired-' || n, repeat('0', 64), 'POST /units', 201, now() - interval '2 days'
                    FROM generate_series(1, 25) AS n""");
        }
        awaitTrue(Duration.ofSeconds(30), "the expired answers are purged",
                () -> queryLong("SELECT count(*) FROM idempotency_record WHERE principal = 'it-purge'") == 0);
        assertEquals(25, queryLong("SELECT coalesce(sum(items), 0) FROM job_run WHERE job = 'idempotency-purge'"),
                "each expired answer removed by exactly one run");

        // Every run an instance made is counted in its metrics; every slot has one job_run row. Equal sums mean that
        // no slot was run by both. Reads are retried until the counters held still around the count of rows.
        Duration deadline = Duration.ofSeconds(30);
        long until = System.nanoTime() + deadline.toNanos();
        String last = "";
        while (System.nanoTime() < until) {
            Map<String, Double> beforeA = jobRuns(a);
            Map<String, Double> beforeB = jobRuns(b);
            long rows = queryLong("SELECT count(*) FROM job_run WHERE job = 'idempotency-purge'");
            Map<String, Double> afterA = jobRuns(a);
            Map<String, Double> afterB = jobRuns(b);
            double ran = afterA.getOrDefault("ran", 0.0) + afterB.getOrDefault("ran", 0.0);
            double skipped = afterA.getOrDefault("skipped", 0.0) + afterB.getOrDefault("skipped", 0.0);
            last = "a=" + afterA + " b=" + afterB + " rows=" + rows;
            if (beforeA.equals(afterA) && beforeB.equals(afterB) && ran == rows && skipped > 0 && rows >= 3) {
                assertEquals(0.0, afterA.getOrDefault("failed", 0.0) + afterB.getOrDefault("failed", 0.0), last);
                return;
            }
            Thread.sleep(150);
        }
        fail("no consistent reading in " + deadline + " where the instances' runs add up to the slots run and "
                + "both tried slots the other had run; last: " + last);
    }

    @Test
    void productionLogsAreJsonLinesThatCarryTheRequestId() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(a.uri("/api/v1/units"))
                .header("X-Request-Id", requestId).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode());
        awaitTrue(Duration.ofSeconds(10), "a log line with mdc.requestId " + requestId, () -> a.logLines().stream()
                .anyMatch(l -> requestId.equals(l.path("mdc").path("requestId").asText())));
        for (Instance instance : List.of(a, b)) {
            List<String> lines = instance.rawLogLines();
            boolean started = false;
            for (String line : lines) {
                JsonNode entry = parseOrNull(line);
                if (entry == null) {
                    assertFalse(started, instance.name + " logged a line that is not JSON after it started: " + line);
                    assertTrue(LIQUIBASE_CONSOLE.matcher(line).matches(),
                            instance.name + " logged a line that is not JSON: " + line);
                    continue;
                }
                assertTrue(entry.has("timestamp") && entry.has("level") && entry.has("loggerName"), line);
                started |= entry.path("message").asText().contains(" started in ");
            }
            assertTrue(started, instance.name + " logged its start");
        }
    }

    @Test
    void productionAnswersCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(b.uri("/api/v1/units")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-referrer", api.headers().firstValue("Referrer-Policy").orElse(null));
        assertTrue(api.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    /**
     * Runs last: it stops instance B. B was started with a pre-shutdown delay; stopped (SIGTERM) while an import is
     * in flight, it first reports not ready while still serving, then finishes the import before it exits.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingAnInstanceFinishesTheRequestInFlight() throws Exception {
        Login admin = login(b);
        String unitCode = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals(201, send(a, admin, "POST", "/api/v1/units", unitBody(unitCode, "Phòng Nhập Khẩu", admin.unit))
                .statusCode());
        StringBuilder csv = new StringBuilder("code,fullName,unitCode\n");
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            csv.append(unitCode).append("-P").append(i).append(",Nguyễn Văn Thứ ").append(i).append(',')
                    .append(unitCode).append('\n');
        }
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(b.uri("/api/v1/people:import"))
                .header("Authorization", "Bearer " + admin.token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitTrue(Duration.ofSeconds(30), "the import's transaction running on instance B", () -> queryLong("""
                SELECT count(*) FROM pg_stat_activity WHERE application_name = 'thidua-b'
                AND xact_start < now() - interval '300 milliseconds'""") > 0);
        assertFalse(inFlight.isDone(), "the import must still be running when the stop is asked for");

        b.process.destroy();

        awaitTrue(Duration.ofSeconds(5), "readiness DOWN during the pre-shutdown delay", () -> {
            HttpResponse<String> ready = tryGet(b, "/q/health/ready");
            return ready != null && ready.statusCode() == 503 && ready.body().contains("Graceful Shutdown");
        });
        HttpResponse<String> imported = inFlight.get(2, TimeUnit.MINUTES);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonNode report = JSON.readTree(imported.body());
        assertTrue(report.path("applied").asBoolean(), imported.body());
        assertEquals(IMPORT_ROWS, report.path("counts").path("created").asInt());
        assertTrue(b.process.waitFor(60, TimeUnit.SECONDS), "instance B exits once the import is answered");
        assertEquals(IMPORT_ROWS, queryLong("SELECT count(*) FROM person WHERE code LIKE '" + unitCode + "-P%'"));
    }

    // --- the instances ------------------------------------------------------------------------------------------

    private Map<String, String> instanceEnvironment(String name, Path keys) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/thidua?ApplicationName=thidua-" + name);
        env.put("QUARKUS_DATASOURCE_USERNAME", "thidua");
        env.put("QUARKUS_DATASOURCE_PASSWORD", DB_PASSWORD);
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("jwt-public.pem").toString());
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("jwt-private.pem").toString());
        env.put("THIDUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("THIDUA_SECRETS_KEY", SECRETS_KEY);
        env.put("THIDUA_EMBEDDED_POSTGRES_ENABLED", "false");
        env.put("THIDUA_DATA_DIR", WORK.resolve("data-" + name).toString());
        env.put("THIDUA_IDEMPOTENCY_PURGE_INTERVAL", "1s");
        // both deliver webhooks every second, to a receiver this test runs on the loopback
        env.put("THIDUA_WEBHOOKS_DELIVERY_INTERVAL", "1s");
        env.put("THIDUA_WEBHOOKS_ALLOW_HTTP", "true");
        env.put("THIDUA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        return env;
    }

    private static final class Instance {

        final String name;
        final int port;
        final Process process;
        final Path log;

        private Instance(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        static Instance start(String name, Map<String, String> env) throws IOException {
            Path log = WORK.resolve("instance-" + name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // Test-only: a small heap and the quick compiler make two JVMs on a small CI machine start sooner.
                    "-Xmx384m", "-XX:TieredStopAtLevel=1"));
            // The JVM options of the container image (deploy/Dockerfile), checked there by ManifestsTest.
            command.addAll(ManifestsTest.SERVICE_JVM_OPTIONS);
            command.addAll(List.of("-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Settings of the JVM running this test must not leak into the instances.
            builder.environment().keySet().removeIf(k -> Stream.of("QUARKUS_", "THIDUA_", "MP_", "SMALLRYE_",
                    "LIQUIBASE_", "JAVA_TOOL_OPTIONS").anyMatch(k::startsWith));
            builder.environment().putAll(env);
            return new Instance(name, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")), builder.start(), log);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        void awaitReady(HttpClient http) throws Exception {
            Readiness.await(http, uri("/q/health/ready"), process, "instance " + name, START_TIMEOUT,
                    Duration.ofMillis(200), () -> "its log:\n" + tail());
        }

        void stop() {
            if (!process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        List<String> rawLogLines() {
            try {
                return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<JsonNode> logLines() {
            return rawLogLines().stream().map(TwoInstancesIT::parseOrNull).filter(n -> n != null).toList();
        }

        String tail() {
            List<String> lines = rawLogLines();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    private synchronized void stopEverything() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL of the test did not stop", e);
            } finally {
                postgres = null;
            }
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private record Login(String token, String unit) {
    }

    private Login login(Instance instance) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(instance.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode token = JSON.readTree(answer.body());
        return new Login(token.path("accessToken").asText(), token.path("unitId").asText());
    }

    private HttpRequest request(Instance instance, Login login, String method, String path, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + login.token).header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private HttpResponse<String> send(Instance instance, Login login, String method, String path, String body,
            String... headers) throws Exception {
        return http.send(request(instance, login, method, path, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(Instance instance, Login login, String method,
            String path, String body, String... headers) {
        return http.sendAsync(request(instance, login, method, path, body, headers),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> tryGet(Instance instance, String path) {
        try {
            return http.send(HttpRequest.newBuilder(instance.uri(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String unitBody(String code, String name, String parentId) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\",\"parentId\":\""
                + parentId + "\"}";
    }

    private static String updateBody(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}";
    }

    /** The instance's counts of purge runs by outcome, from its Prometheus metrics. */
    private Map<String, Double> jobRuns(Instance instance) {
        HttpResponse<String> metrics = tryGet(instance, "/q/metrics");
        assertNotNull(metrics);
        Map<String, Double> runs = new TreeMap<>();
        Matcher line = Pattern.compile("(?m)^thidua_jobs_runs_total\\{([^}]*)} (\\S+)$").matcher(metrics.body());
        while (line.find()) {
            Matcher outcome = Pattern.compile("outcome=\"([a-z]+)\"").matcher(line.group(1));
            if (line.group(1).contains("job=\"idempotency-purge\"") && outcome.find()) {
                runs.put(outcome.group(1), Double.parseDouble(line.group(2)));
            }
        }
        return runs;
    }

    // --- the database and other helpers -------------------------------------------------------------------------

    private long queryLong(String sql) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Changesets in the product's changelog, read from the classpath as Liquibase reads it. */
    private static int changeSetsInChangeLog() throws IOException {
        Matcher include = Pattern.compile("<include\\s+file=\"([^\"]+)\"").matcher(resource("db/changeLog.xml"));
        int count = 0;
        while (include.find()) {
            Matcher changeSet = Pattern.compile("<changeSet\\s").matcher(resource("db/" + include.group(1)));
            while (changeSet.find()) {
                count++;
            }
        }
        return count;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TwoInstancesIT.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode parseOrNull(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not within " + timeout + ": " + what);
    }

    private static void writeKeyPair(Path publicKey, Path privateKey) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
