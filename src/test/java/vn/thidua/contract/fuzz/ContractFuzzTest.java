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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import vn.thidua.common.Roles;
import vn.thidua.contract.fuzz.FuzzContract.Op;

/**
 * Walks every operation of {@code openapi/openapi.yaml} and sends it, as a caller the contract allows, malformed and
 * boundary input generated from the operation's schemas: bodies mutated property by property, wrong content types,
 * bad path, query and header values. For every answer: never a 5xx; a status the contract documents for the
 * operation; every error a problem+json of the project's shape; what the contract forbids refused; and a refused
 * request changed nothing in the database.
 * <p>
 * Seeded: the seed is printed, and {@code -Dfuzz.seed=<seed>} replays a run. New operations are fuzzed without
 * editing this class; one whose path names a new kind of object fails until {@link FuzzWorld} can supply one.
 */
@QuarkusTest
class ContractFuzzTest {

    /** Operations not fuzzed, each with the reason. */
    static final Map<String, String> EXEMPT = Map.of();
    /** Until the contract lists roles per operation, the caller is an administrator and board member of the root. */
    static final List<String> FALLBACK_ROLES = List.of(Roles.ADMIN, Roles.BOARD);
    /** Property mutations sent per body, sampled when the schema yields more, to keep the run within a minute. */
    static final int BODY_MUTATIONS_PER_OPERATION = 90;
    /** Stands for the target's current ETag, read when the request is sent. */
    private static final String CURRENT_ETAG = "(current ETag)";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "text/csv", "");

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    private long seed;
    private Random random;
    private FuzzContract contract;
    private FuzzWorld world;
    private DatabaseFingerprint database;
    private BodyFuzzer bodies;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Set<String> covered = new TreeSet<>();
    private int sent;
    private long httpNanos;
    private final Map<String, Double> secondsByOperation = new LinkedHashMap<>();
    private final Set<String> baseRefused = new TreeSet<>();
    private long fingerprintNanos;

    /** Each, not all: Quarkus points REST Assured at the test port only before each test. */
    @BeforeEach
    void buildWorld() throws SQLException {
        seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
        System.out.println("Contract fuzz seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);
        contract = new FuzzContract();
        world = new FuzzWorld(random);
        database = new DatabaseFingerprint(dataSource);
        bodies = new BodyFuzzer(contract, random, json);
    }

    @Test
    void everyOperationSurvivesMalformedAndBoundaryInput() throws IOException {
        long started = System.nanoTime();
        Path report = Path.of("target", "contract-fuzz-failures.txt");
        Files.deleteIfExists(report);
        List<Op> operations = contract.operations();
        for (Op op : operations) {
            if (EXEMPT.containsKey(op.id())) {
                continue;
            }
            long opStarted = System.nanoTime();
            try {
                new Run(op).fuzz();
            } catch (IllegalStateException e) {
                failures.add(op + ": " + e.getMessage());
            }
            secondsByOperation.put(op.id(), (System.nanoTime() - opStarted) / 1e9);
        }
        List<String> missed = operations.stream().map(Op::id)
                .filter(id -> !EXEMPT.containsKey(id) && !covered.contains(id)).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Contract fuzz: %d requests, %d of %d operations covered (%d exempt), statuses %s, seed %d,"
                + " %.1f s (HTTP %.1f s, database fingerprints %.1f s)%n", sent, covered.size(), operations.size(),
                EXEMPT.size(), statuses, seed, seconds, httpNanos / 1e9, fingerprintNanos / 1e9);
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

    /** One request to send and what the contract says of it. */
    private record Request(String label, String path, Map<String, String> query, Map<String, String> headers,
                           String contentType, byte[] body, String mustRefuse, Set<Integer> mustBeOneOf) {
    }

    /** The fuzzing of one operation: its caller, its targets and its requests. */
    private final class Run {

        private final Op op;
        private final String token;
        private final String path;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final String accept;
        private String etag;
        private JsonNode base;

        Run(Op op) {
            this.op = op;
            this.token = op.isPublic() ? null : world.token(op.roles().isEmpty() ? FALLBACK_ROLES : op.roles());
            boolean changes = !"GET".equals(op.method());
            Matcher parameter = PATH_PARAMETER.matcher(op.path());
            while (parameter.find()) {
                String before = op.path().substring(0, parameter.start());
                String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
                String rest = op.path().substring(parameter.end());
                ids.put(parameter.group(1), world.target(op.path(), segment, rest, changes));
            }
            this.path = expand(ids);
            this.accept = accept(op);
            database.rebase();
        }

        void fuzz() {
            MediaType jsonContent = op.requestContent().get("application/json");
            String bodyType = jsonContent != null ? "application/json"
                    : op.requestContent().keySet().stream().findFirst().orElse(null);
            BodyFuzzer.Hints hints = world.hints();
            List<BodyFuzzer.Mutation> mutations = List.of();
            if (jsonContent != null) {
                base = base(jsonContent, hints);
                mutations = sample(bodies.mutations(base, jsonContent.getSchema(), hints));
            }
            // the hints made what the bodies name (a person without a pledge, say): that is not the request's doing
            database.rebase();
            byte[] baseBody = base != null ? base.toString().getBytes(StandardCharsets.UTF_8)
                    : bodyType != null ? "".getBytes(StandardCharsets.UTF_8) : null;
            if (!send(request("valid base", bodyType, baseBody, null))) {
                baseRefused.add(op.id());
            }
            pathParameters(bodyType, baseBody);
            queryParameters(bodyType, baseBody);
            headers(bodyType, baseBody);
            if (jsonContent != null) {
                contentTypes(baseBody);
                for (BodyFuzzer.Mutation mutation : mutations) {
                    send(request(mutation.label(), "application/json", utf8(mutation.body().get()),
                            mutation.mustRefuse()));
                }
            }
            if (op.requestContent().containsKey("text/csv")) {
                csv();
            }
            if (bodyType == null && !"GET".equals(op.method())) {
                send(request("unexpected JSON body", "application/json", utf8("{\"a\": 1}"), null));
            }
        }

        /** The operation's example when the contract has one, else one built from the schema; ids from the world. */
        private JsonNode base(MediaType content, BodyFuzzer.Hints hints) {
            Object example = content.getExample();
            if (example == null && content.getExamples() != null && !content.getExamples().isEmpty()) {
                example = content.getExamples().values().iterator().next().getValue();
            }
            if (example == null) {
                return bodies.base(content.getSchema(), hints);
            }
            JsonNode node = json.valueToTree(example);
            Schema<?> schema = contract.resolve(content.getSchema());
            String name = FuzzContract.schemaName(content.getSchema());
            if (node instanceof ArrayNode array && schema.getItems() != null) {
                String itemName = FuzzContract.schemaName(schema.getItems());
                array.forEach(item -> overlay(item, itemName, hints));
            } else {
                overlay(node, name, hints);
            }
            return node;
        }

        private void overlay(JsonNode node, String schemaName, BodyFuzzer.Hints hints) {
            if (!(node instanceof ObjectNode object)) {
                return;
            }
            for (String field : fieldNames(object)) {
                JsonNode hint = hints.value(schemaName, field);
                if (hint instanceof MissingNode) {
                    object.remove(field);
                } else if (hint != null) {
                    object.set(field, hint);
                }
            }
        }

        private void pathParameters(String bodyType, byte[] body) {
            for (String name : ids.keySet()) {
                for (String bad : FuzzValues.BAD_UUIDS) {
                    if (!bad.isEmpty()) {
                        send(withPath(request("path " + name + " = " + bad, bodyType, body, "not a UUID"), name, bad,
                                Set.of(400, 404)));
                    }
                }
                String unknown = UUID.randomUUID().toString();
                send(withPath(request("path " + name + " = unknown UUID", bodyType, body, "no such object"), name,
                        unknown, bodyType == null ? Set.of(404) : null));
                send(withPath(request("path " + name + " in upper case", bodyType, body, null), name,
                        ids.get(name).toUpperCase(), null));
            }
        }

        private void queryParameters(String bodyType, byte[] body) {
            List<Parameter> query = op.in("query");
            for (Parameter parameter : query) {
                Schema<?> schema = contract.resolve(parameter.getSchema());
                String name = parameter.getName();
                for (Map.Entry<String, String> value : queryValues(name, schema).entrySet()) {
                    Request request = request("query " + name + "=" + abbreviate(value.getKey()), bodyType, body,
                            value.getValue());
                    Map<String, String> q = new LinkedHashMap<>();
                    q.put(name, value.getKey());
                    send(new Request(request.label(), request.path(), q, request.headers(), request.contentType(),
                            request.body(), request.mustRefuse(), null));
                }
            }
            if (!query.isEmpty()) {
                send(withQuery(request("query: an unknown parameter", bodyType, body, null), "fuzzUnknown", "1"));
            }
        }

        /** Query values by the parameter's schema, each with why it must be refused (null: either answer). */
        private Map<String, String> queryValues(String name, Schema<?> schema) {
            Map<String, String> values = new LinkedHashMap<>();
            String type = BodyFuzzer.type(schema);
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                values.put("NOT_A_VALUE", "not one of the enum");
                values.put(schema.getEnum().get(0).toString().toLowerCase(), null);
                values.put("", null);
            } else if ("integer".equals(type) || "number".equals(type)) {
                values.put("abc", "not a number");
                values.put("9223372036854775808", "out of range");
                values.put("1e400", null);
                values.put("1.5", null);
                values.put("-1", schema.getMinimum() != null && schema.getMinimum().signum() >= 0 ? "below the minimum" : null);
                values.put("", null);
                if (schema.getMinimum() != null) {
                    values.put(schema.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString(), "below the minimum");
                }
                if (schema.getMaximum() != null) {
                    values.put(schema.getMaximum().add(java.math.BigDecimal.ONE).toPlainString(), "above the maximum");
                    values.put("100000", schema.getMaximum().intValue() < 100_000 ? "above the maximum" : null);
                }
            } else if ("boolean".equals(type)) {
                values.put("maybe", null);
                values.put("", null);
                values.put("TRUE", null);
            } else if ("uuid".equals(schema.getFormat())) {
                FuzzValues.BAD_UUIDS.forEach(bad -> values.put(bad, bad.isEmpty() ? null : "not a UUID"));
                values.put(UUID.randomUUID().toString(), null);
                String real = world.queryValue(name);
                if (real != null) {
                    values.put(real, null);
                }
            } else if ("date-time".equals(schema.getFormat())) {
                FuzzValues.BAD_DATE_TIMES.forEach(bad -> values.put(bad, null));
                values.put("yesterday", "not a date-time");
                values.put("2022-02-30T00:00:00Z", "not a date-time");
            } else if ("sort".equals(name)) {
                values.put("unknownKey", "not a sort key");
                values.put("-", null);
                values.put(",,", null);
                values.put("createdAt;DROP TABLE person", null);
            } else {
                if (schema.getPattern() != null) {
                    values.put("not-a-match!", "does not match the pattern");
                }
                // long, yet under the 4 KB request line: beyond it the HTTP layer answers 414 before any route
                values.put("Đ".repeat(500), null);
                values.put(FuzzValues.pick(random, FuzzValues.ODD_TEXT), null);
                values.put(FuzzValues.pick(random, FuzzValues.ODD_TEXT), null);
                values.put(FuzzValues.pick(random, FuzzValues.INJECTION), null);
                values.put("%_\\", null);
            }
            return values;
        }

        private void headers(String bodyType, byte[] body) {
            if (op.hasHeader("If-Match")) {
                send(withHeader(request("If-Match missing", bodyType, body, "If-Match is required"), "If-Match", null));
                for (String bad : List.of("garbage", "\"999999\"", "\"-1\"", "\"abc\"", "\"" + "9".repeat(40) + "\"",
                        "x".repeat(300))) {
                    send(withHeader(request("If-Match " + abbreviate(bad), bodyType, body, "stale or invalid If-Match"),
                            "If-Match", bad));
                }
                for (String odd : List.of("*", "W/\"1\"", "\"1\", \"2\"", "")) {
                    send(withHeader(request("If-Match " + odd, bodyType, body, null), "If-Match", odd));
                }
            }
            if (op.hasHeader("Idempotency-Key")) {
                for (String bad : List.of("k".repeat(256), "k".repeat(5_000), "has space")) {
                    send(withHeader(request("Idempotency-Key " + abbreviate(bad), bodyType, body,
                            "invalid Idempotency-Key"), "Idempotency-Key", bad));
                }
                String key = "fuzz-" + random.nextLong();
                send(withHeader(request("Idempotency-Key, first use", bodyType, body, null), "Idempotency-Key", key));
                send(withHeader(request("Idempotency-Key, replay", bodyType, body, null), "Idempotency-Key", key));
                if (base != null) {
                    send(withHeader(request("Idempotency-Key reused for another body", bodyType, utf8("{}"),
                            "another request under a used key"), "Idempotency-Key", key));
                }
            }
            send(withHeader(request("Accept-Language garbage", bodyType, body, null), "Accept-Language",
                    "xx-ZZ;q=abc, *;q=, ;;"));
            send(withHeader(request("Accept: application/xml", bodyType, body, null), "Accept", "application/xml"));
        }

        private void contentTypes(byte[] body) {
            for (String type : WRONG_CONTENT_TYPES) {
                String mustRefuse = op.requestContent().containsKey(type) ? null : "content type not accepted";
                send(request("Content-Type " + (type.isEmpty() ? "absent" : type), type.isEmpty() ? null : type, body,
                        mustRefuse));
            }
            send(request("Content-Type application/json; charset=ISO-8859-1", "application/json; charset=ISO-8859-1",
                    body, null));
            send(request("Content-Type application/json, body in UTF-16", "application/json",
                    new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16), null));
        }

        private void csv() {
            String header = "code;fullName;unitCode\n";
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("CSV: empty", new byte[0]);
            files.put("CSV: a byte-order mark only", utf8("\uFEFF"));
            files.put("CSV: header only", utf8(header));
            files.put("CSV: unknown column", utf8("code;fuzzColumn\nX;Y\n"));
            files.put("CSV: duplicate column", utf8("code;code\nX;Y\n"));
            files.put("CSV: 2,000 columns", utf8("c".repeat(1).concat(";c".repeat(1_999)) + "\n"));
            files.put("CSV: unterminated quote", utf8(header + "\"X;Y;Z\n"));
            files.put("CSV: invalid UTF-8", new byte[] {'c', 'o', 'd', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
            files.put("CSV: NUL and control characters", utf8(header + "X\u0000;A\u0007B;" + world.facultyCode + "\n"));
            files.put("CSV: separators only", utf8(";;;;\n;;;;\n"));
            files.put("CSV: injection", utf8(header + "=1+1;" + FuzzValues.pick(random, FuzzValues.INJECTION) + ";X\n"));
            files.put("CSV: 10,000 broken rows", utf8(header + "x;;\n".repeat(10_000)));
            files.put("CSV: binary", randomBytes(2_000));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                send(request(file.getKey(), "text/csv", file.getValue(), null));
            }
        }

        // ---- requests ------------------------------------------------------------------------------------------

        private Request request(String label, String contentType, byte[] body, String mustRefuse) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", accept);
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (op.hasHeader("If-Match")) {
                headers.put("If-Match", CURRENT_ETAG);
            }
            return new Request(label, path, Map.of(), headers, contentType, body, mustRefuse, null);
        }

        private Request withPath(Request request, String name, String value, Set<Integer> mustBeOneOf) {
            Map<String, String> changed = new LinkedHashMap<>(ids);
            changed.put(name, value);
            return new Request(request.label(), expand(changed), request.query(), request.headers(),
                    request.contentType(), request.body(), request.mustRefuse(), mustBeOneOf);
        }

        private Request withQuery(Request request, String name, String value) {
            return new Request(request.label(), request.path(), Map.of(name, value), request.headers(),
                    request.contentType(), request.body(), request.mustRefuse(), request.mustBeOneOf());
        }

        /** The request with the header set to {@code value}, or removed when it is null. */
        private Request withHeader(Request request, String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            headers.put(name, value);
            return new Request(request.label(), request.path(), request.query(), headers, request.contentType(),
                    request.body(), request.mustRefuse(), request.mustBeOneOf());
        }

        /** Sends the request and judges the answer; true when it was accepted. */
        private boolean send(Request request) {
            HttpResponse<String> response;
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + request.path()
                        + queryString(request.query()))).timeout(Duration.ofSeconds(60));
                for (Map.Entry<String, String> header : request.headers().entrySet()) {
                    String value = header.getValue();
                    if (CURRENT_ETAG.equals(value)) {
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

        private void judge(Request request, HttpResponse<String> response) {
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
                etag = world.etag(path, token);
            }
            return etag == null ? "\"0\"" : etag;
        }

        private String describe(Request request, int status) {
            return op + " [" + request.label() + "] -> " + status;
        }

        private String expand(Map<String, String> values) {
            Matcher parameter = PATH_PARAMETER.matcher(op.path());
            StringBuilder out = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(out, Matcher.quoteReplacement(encodePath(values.get(parameter.group(1)))));
            }
            parameter.appendTail(out);
            return out.toString();
        }

        private List<BodyFuzzer.Mutation> sample(List<BodyFuzzer.Mutation> all) {
            List<BodyFuzzer.Mutation> whole = new ArrayList<>(all.stream().filter(m -> m.label().startsWith("body:")).toList());
            List<BodyFuzzer.Mutation> properties = new ArrayList<>(all.stream()
                    .filter(m -> !m.label().startsWith("body:")).toList());
            Collections.shuffle(properties, random);
            whole.addAll(properties.subList(0, Math.min(BODY_MUTATIONS_PER_OPERATION, properties.size())));
            return whole;
        }
    }

    /** What the operation answers on success, JSON and problem+json. */
    private static String accept(Op op) {
        Set<String> types = new TreeSet<>(List.of("application/json"));
        op.operation().getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                types.addAll(response.getContent().keySet());
            }
        });
        types.add("application/problem+json");
        return String.join(", ", types);
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

    private static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> fieldNames(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "null" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + " chars)" : flat;
    }
}
