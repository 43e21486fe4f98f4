package vn.thidua.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestTokens;

/**
 * The embedded PostgreSQL's postmaster is killed (SIGKILL, as the kernel's out-of-memory killer would; it is what
 * {@link ProcessHandle#destroyForcibly()} sends): while it is gone every request that needs the database answers 503 problem+json with {@code Retry-After}, readiness is DOWN and
 * liveness UP; the watchdog starts it again and the same requests succeed, without restarting the service. Each test
 * kills it once and waits until the database answers again, so no other test class ever sees it down.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** Watchdog look (1 s) plus a restart with crash recovery, with room for a loaded machine. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource dataSource;
    /** Where the database reports its data, read once per test. */
    private Path dataDirectory;

    @AfterEach
    void theDatabaseIsBackForWhateverRunsNext() throws Exception {
        awaitRecovery();
    }

    @Test
    void anApiCallAnswers503WhileThePostmasterIsGoneAnd200OnceTheWatchdogRestartedIt() throws Exception {
        String token = TestTokens.withRoles("admin");
        Supplier<Response> listUnits = () -> given().auth().oauth2(token).get("/api/v1/units");
        listUnits.get().then().statusCode(200);

        Response during = duringAnOutage(listUnits);
        assertUnavailable(during);
        // liveness is about the process, not its database: restarting the service would not help
        given().get("/q/health/live").then().statusCode(200);

        awaitRecovery();
        listUnits.get().then().statusCode(200);
    }

    @Test
    void readinessIsDownWhileNoDatabaseAnswersAndUpAgainAfterwards() throws Exception {
        Response during = duringAnOutage(() -> given().get("/q/health/ready"));
        assertEquals(503, during.statusCode());
        assertTrue(during.asString().contains("DOWN"), during.asString());

        awaitRecovery();
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void loginAndThePublicPagesAnswer503TooNever500() throws Exception {
        Supplier<Response> login = () -> given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody.here", "password", "Not-The-Password-1"))
                .post("/api/v1/auth/token");
        assertUnavailable(duringAnOutage(login));
        awaitRecovery();
        login.get().then().statusCode(401);

        Supplier<Response> publicPlans = () -> given().get("/api/v1/public/plans");
        assertUnavailable(duringAnOutage(publicPlans));
        awaitRecovery();
        publicPlans.get().then().statusCode(200);
    }

    private static void assertUnavailable(Response response) {
        Problems.assertProblem(response.then(), 503, "SERVICE_UNAVAILABLE");
        assertEquals("5", response.header("Retry-After"));
    }

    /**
     * Keeps the database down (its postmaster, and each one the watchdog starts again, is killed as soon as it shows)
     * until the call answers 503, then lets the watchdog bring it back; returns that answer.
     */
    private Response duringAnOutage(Supplier<Response> call) throws Exception {
        // once before: a first call is slow on a busy machine
        assertTrue(call.get().statusCode() < 500);
        Path pidFile = dataDirectory().resolve("postmaster.pid");
        AtomicBoolean outage = new AtomicBoolean(true);
        Thread killer = new Thread(() -> {
            while (outage.get()) {
                postmasterOf(pidFile).ifPresent(ProcessHandle::destroyForcibly);
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }, "postmaster-killer");
        killer.start();
        try {
            long deadline = System.nanoTime() + RECOVERY.toNanos();
            while (System.nanoTime() < deadline) {
                Response answer = call.get();
                if (answer.statusCode() == 503) {
                    return answer;
                }
                assertTrue(answer.statusCode() < 500, "answered " + answer.statusCode() + ": " + answer.asString());
            }
            fail("never answered 503 while the database was down");
            return null;
        } finally {
            outage.set(false);
            killer.join();
        }
    }

    /** The postmaster named by the first line of {@code postmaster.pid}, if it is running. */
    private static Optional<ProcessHandle> postmasterOf(Path pidFile) {
        try {
            String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException notThereOrHalfWritten) {
            return Optional.empty();
        }
    }

    private Path dataDirectory() throws Exception {
        if (dataDirectory == null) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SHOW data_directory")) {
                rows.next();
                dataDirectory = Path.of(rows.getString(1));
            }
        }
        assertNotNull(dataDirectory);
        return dataDirectory;
    }

    /** Until both the pool and readiness say the database answers again. */
    private void awaitRecovery() throws Exception {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                try (Connection connection = dataSource.getConnection()) {
                    if (connection.isValid(2)) {
                        return;
                    }
                } catch (java.sql.SQLException stillDown) {
                    // the pool handed out a connection from before the outage; the next round gets a fresh one
                }
            }
            Thread.sleep(100);
        }
        fail("the database did not come back within " + RECOVERY);
    }
}
