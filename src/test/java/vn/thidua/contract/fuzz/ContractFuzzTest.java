package vn.thidua.contract.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import vn.thidua.contract.fuzz.FuzzContract.Op;

/**
 * Walks every operation of {@code openapi/openapi.yaml} and sends it, as a caller the contract allows, malformed and
 * boundary input generated from the operation's schemas ({@link FuzzPlan}): bodies mutated property by property,
 * wrong content types, bad path, query and header values, text that no document can print. For every answer: never a
 * 5xx; a status the contract documents for the operation; every error a problem+json of the project's shape; what
 * the contract forbids refused; and a refused request changed nothing in the database ({@link DatabaseFingerprint}).
 * <p>
 * Seeded, and the same seed sends the same requests: the build runs {@link #SEEDS}, two fixed seeds (the first the
 * one that found U+FFFF breaking the council's minutes); {@code -Dfuzz.seed=<seed>} runs one seed instead, and
 * {@code -Dfuzz.seed=random} a new one, printed for replay. Each pass prints a hash of its request sequence. New
 * operations are fuzzed without editing this class; one whose path names a new kind of object fails until
 * {@link FuzzWorld} can supply one.
 */
@QuarkusTest
class ContractFuzzTest {

    /** The seeds of the build: fixed, so that the build is repeatable; each pass walks every operation. */
    static final List<Long> SEEDS = List.of(1796665687803L, 20261207L);
    /** Operations not fuzzed, each with the reason. */
    static final Map<String, String> EXEMPT = Map.of();

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code -Dfuzz.seed}: absent for {@link #SEEDS}, a number, or {@code random}. */
    static List<Long> seeds() {
        String property = System.getProperty("fuzz.seed", "").strip();
        if (property.isEmpty()) {
            return SEEDS;
        }
        return List.of("random".equalsIgnoreCase(property) ? System.currentTimeMillis() : Long.parseLong(property));
    }

    /** Each seed a test of its own: Quarkus points REST Assured at the test port only before each test. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyOperationSurvivesMalformedAndBoundaryInput(long seed) throws IOException, SQLException {
        System.out.println("Contract fuzz seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        new Pass(seed).run();
    }

    /** One walk over every operation with one seed. */
    private final class Pass {

        private final long seed;
        private final Random random;
        private final FuzzContract contract = new FuzzContract();
        private final FuzzWorld world;
        private final FuzzPlan plan;
        private final DatabaseFingerprint database;
        private final FuzzRequest.SequenceHash sequence;
        private final List<String> failures = new ArrayList<>();
        /** Each request's hash, in order, written out so that two runs of a seed can be compared line by line. */
        private final List<String> requestHashes = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private final Set<String> covered = new TreeSet<>();
        private final Map<String, Double> secondsByOperation = new LinkedHashMap<>();
        private final Set<String> baseRefused = new TreeSet<>();
        private int sent;
        private long httpNanos;
        private long fingerprintNanos;
        private long planningNanos;

        Pass(long seed) throws SQLException {
            this.seed = seed;
            this.random = new Random(seed);
            this.world = new FuzzWorld(random);
            this.plan = new FuzzPlan(contract, random, world, json);
            this.database = new DatabaseFingerprint(dataSource);
            // made outside the seed (TestOrg's code, the server's refresh tokens as they are made); ids and the
            // callers' tokens the hash blinds by itself
            world.serverMade.put(world.facultyCode, "(faculty code)");
            this.sequence = new FuzzRequest.SequenceHash(world.serverMade);
        }

        void run() throws IOException {
            long started = System.nanoTime();
            Path report = Path.of("target", "contract-fuzz-failures-" + seed + ".txt");
            Files.deleteIfExists(report);
            Path requests = Path.of("target", "contract-fuzz-requests-" + seed + ".txt");
            List<Op> operations = contract.operations();
            for (Op op : operations) {
                if (EXEMPT.containsKey(op.id())) {
                    continue;
                }
                long opStarted = System.nanoTime();
                try {
                    long planning = System.nanoTime();
                    FuzzPlan.Planned planned = plan.plan(op);
                    planningNanos += System.nanoTime() - planning;
                    fuzz(planned);
                } catch (IllegalStateException e) {
                    failures.add(op + ": " + e.getMessage());
                }
                secondsByOperation.put(op.id(), (System.nanoTime() - opStarted) / 1e9);
            }
            List<String> missed = operations.stream().map(Op::id)
                    .filter(id -> !EXEMPT.containsKey(id) && !covered.contains(id)).toList();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Contract fuzz: %d requests, %d of %d operations covered (%d exempt), statuses %s, seed"
                    + " %d, request sequence %s, %.1f s (HTTP %.1f s; planning, with the world's fixtures, and hashing"
                    + " requests %.1f s; database fingerprints %.1f s: %s)%n", sent, covered.size(), operations.size(),
                    EXEMPT.size(), statuses, seed, sequence.hex(), seconds, httpNanos / 1e9, planningNanos / 1e9,
                    fingerprintNanos / 1e9, database.summary());
            Files.createDirectories(requests.getParent());
            Files.write(requests, requestHashes);
            // not a failure: a base refused for the world's state (a plan already issued) still leads every mutation
            System.out.println("Valid base refused (mutations then hit a refused request): " + baseRefused);
            System.out.println("Slowest operations (s): " + secondsByOperation.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .map(e -> e.getKey() + " " + String.format("%.1f", e.getValue())).toList());
            if (!missed.isEmpty()) {
                failures.add("Operations not fuzzed (add them, or to EXEMPT with a reason): " + missed);
            }
            if (!failures.isEmpty()) {
                Files.createDirectories(report.getParent());
                Files.write(report, failures);
                fail(failures.size() + " contract fuzz failure(s), seed " + seed + " (all in " + report + "):\n"
                        + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
            }
        }

        /** Sends the operation's requests in order; the world made what they name before the state is taken. */
        private void fuzz(FuzzPlan.Planned planned) {
            database.rebase();
            Sender sender = new Sender(planned);
            for (FuzzRequest request : planned.requests()) {
                boolean accepted = sender.send(request);
                if (!accepted && FuzzPlan.VALID_BASE.equals(request.label())) {
                    baseRefused.add(planned.op().id());
                }
            }
        }

        /** Sends one operation's requests and judges each answer. */
        private final class Sender {

            private final Op op;
            private final FuzzPlan.Planned planned;
            private String etag;

            Sender(FuzzPlan.Planned planned) {
                this.op = planned.op();
                this.planned = planned;
            }

            /** Sends the request and judges the answer; true when it was accepted. */
            private boolean send(FuzzRequest request) {
                long hashing = System.nanoTime();
            requestHashes.add(sent + " " + op.id() + " [" + FuzzPlan.abbreviate(request.label()) + "] "
                    + sequence.add(op.method(), request, planned.made()));
            planningNanos += System.nanoTime() - hashing;
                HttpResponse<String> response;
                HttpRequest.Builder builder;
                try {
                    builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + request.path()
                            + queryString(request.query()))).timeout(Duration.ofSeconds(60));
                    for (Map.Entry<String, String> header : request.headers().entrySet()) {
                        String value = header.getValue();
                        if (FuzzRequest.CURRENT_ETAG.equals(value)) {
                            value = currentEtag();
                        }
                        if (value != null) {
                            builder.header(header.getKey(), value);
                        }
                    }
                    if (request.contentType() != null) {
                        builder.header("Content-Type", request.contentType());
                    }
                    builder.method(op.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                    long httpStarted = System.nanoTime();
                    response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    httpNanos += System.nanoTime() - httpStarted;
                } catch (IOException | IllegalArgumentException e) {
                    failures.add(describe(request, -1) + ": the request failed: " + e);
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sent++;
                covered.add(op.id());
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                judge(request, response);
                long fingerprintStarted = System.nanoTime();
                Set<String> changed = database.changedSince(op.id());
                fingerprintNanos += System.nanoTime() - fingerprintStarted;
                if (refused(response) && !changed.isEmpty()) {
                    failures.add(describe(request, status) + ": refused, yet changed table(s) " + changed);
                } else if (!refused(response)) {
                    etag = null;
                }
                return !refused(response);
            }

            private void judge(FuzzRequest request, HttpResponse<String> response) {
                int status = response.statusCode();
                String where = describe(request, status);
                if (status >= 500) {
                    failures.add(where + ": server fault " + abbreviate(response.body()));
                }
                if (!op.documents(status)) {
                    failures.add(where + ": status not documented for the operation (documented: "
                            + op.documentedStatuses() + ")");
                }
                if (request.mustRefuse() != null && !refused(response)) {
                    failures.add(where + ": accepted, but must be refused: " + request.mustRefuse());
                }
                if (request.mustBeOneOf() != null && !request.mustBeOneOf().contains(status)) {
                    failures.add(where + ": expected one of " + request.mustBeOneOf());
                }
                if (status >= 400) {
                    String problem = problemShape(response);
                    if (problem != null) {
                        failures.add(where + ": not a problem+json of the project's shape: " + problem + "; body "
                                + abbreviate(response.body()));
                    }
                }
            }

            /**
             * Refused: an error status, or a report that says nothing was applied (an import answers 200 with its report
             * also when rows failed).
             */
            private boolean refused(HttpResponse<String> response) {
                if (response.statusCode() >= 300) {
                    return true;
                }
                try {
                    return response.body().contains("\"applied\"")
                            && json.readTree(response.body()).path("applied").isBoolean()
                            && !json.readTree(response.body()).path("applied").asBoolean();
                } catch (IOException e) {
                    return false;
                }
            }

            private String problemShape(HttpResponse<String> response) {
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                if (!contentType.startsWith("application/problem+json")) {
                    return "Content-Type '" + contentType + "'";
                }
                JsonNode problem;
                try {
                    problem = json.readTree(response.body());
                } catch (IOException e) {
                    return "body is not JSON";
                }
                for (String field : List.of("type", "title", "status", "detail", "code")) {
                    if (problem.path(field).isMissingNode() || problem.path(field).asText().isBlank()) {
                        return "no " + field;
                    }
                }
                if (problem.path("status").asInt() != response.statusCode()) {
                    return "status " + problem.path("status") + " in the body";
                }
                String expectedType = "urn:thidua:problem:" + problem.path("code").asText().toLowerCase().replace('_', '-');
                if (!expectedType.equals(problem.path("type").asText())) {
                    return "type " + problem.path("type") + " does not match code " + problem.path("code");
                }
                return null;
            }

            private String currentEtag() {
                if (etag == null) {
                    etag = world.etag(planned.path(), planned.token());
                }
                return etag == null ? "\"0\"" : etag;
            }

            private String describe(FuzzRequest request, int status) {
                return op + " [" + request.label() + "] -> " + status;
            }
        }
    }

    private static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        query.forEach((name, value) -> out.append(out.length() > 1 ? "&" : "")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "null" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + " chars)" : flat;
    }
}
