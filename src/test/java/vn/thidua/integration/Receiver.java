package vn.thidua.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request and answers as told (by the request's number,
 * from 1). {@link #verify} checks a signature the way a receiver's own code would, written here independently of the
 * service's signer.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, with the status it got. */
    record Received(String id, String timestamp, String signature, String contentType, byte[] body, int answered) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Received> received = new ArrayList<>();
    private volatile IntUnaryOperator answers = n -> 200;
    private volatile int maxDelayMillis;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status;
            synchronized (received) {
                status = answers.applyAsInt(received.size() + 1);
                received.add(new Received(exchange.getRequestHeaders().getFirst("Webhook-Id"),
                        exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                        exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, status));
            }
            if (maxDelayMillis > 0) {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxDelayMillis + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How to answer the n-th request (from 1). */
    Receiver answering(IntUnaryOperator byNumber) {
        answers = byNumber;
        return this;
    }

    /** Answers after a random pause of up to {@code millis}, so that senders overlap. */
    Receiver slow(int millis) {
        maxDelayMillis = millis;
        return this;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** A receiver's check: {@code v1=} hex HMAC-SHA256 of "timestamp.body" with the secret, compared in constant time. */
    static boolean verify(String secret, String timestamp, byte[] body, String signatureHeader) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1=" + java.util.HexFormat.of().formatHex(mac.doFinal(body)))
                    .getBytes(StandardCharsets.US_ASCII);
            return signatureHeader != null
                    && MessageDigest.isEqual(expected, signatureHeader.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
