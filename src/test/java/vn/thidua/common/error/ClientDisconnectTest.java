package vn.thidua.common.error;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * A client that hangs up in the middle of its request body (a load generator stopping, a phone losing signal) is not
 * a fault of the service: it must not be logged as an "Unhandled fault" with a stack trace, which would page whoever
 * watches the error log.
 */
@QuarkusTest
class ClientDisconnectTest {

    @Test
    void aClientHangingUpMidBodyIsNotLoggedAsAFault() throws Exception {
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try {
            String token = TestTokens.inUnit(TestOrg.root(), Roles.ADMIN);
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/people HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"code\":\"CB-1\",")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200);
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (records.stream().noneMatch(r -> r.getMessage().contains("Client closed"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("Client closed")),
                    "the hang-up reached the error mapper: " + records.stream().map(LogRecord::getMessage).toList());
            assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()),
                    "no fault logged: " + records.stream().map(LogRecord::getMessage).toList());
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
    }
}
