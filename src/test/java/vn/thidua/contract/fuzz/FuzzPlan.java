package vn.thidua.contract.fuzz;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import vn.thidua.common.Roles;
import vn.thidua.contract.fuzz.FuzzContract.Op;

/**
 * The requests the fuzzer sends to one operation, all made before the first is sent: a valid base, then bad path,
 * query and header values, wrong content types, body mutations and CSV files. A function of the seeded random, the
 * contract and what the world supplies ({@link FuzzTargets}), and of nothing else (no clock, no unordered map): the
 * same seed sends the same requests in the same order.
 */
final class FuzzPlan {

    /** Until the contract lists roles per operation, the caller is an administrator and board member of the root. */
    static final List<String> FALLBACK_ROLES = List.of(Roles.ADMIN, Roles.BOARD);
    /**
     * Property mutations sent per body and pass, sampled when the schema yields more: the build's two seeds sample 45
     * each, independently, as many together as the single pass of 90 sent before, so the second seed adds variety, not
     * time.
     */
    static final int BODY_MUTATIONS_PER_OPERATION = 45;
    static final String VALID_BASE = "valid base";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "text/csv", "");

    /**
     * One operation's requests, the valid base first; {@code path} its target, {@code token} its caller's;
     * {@code made} the world's values in its path that are not ids (a rule set's code, a verification code), each
     * with the name of its parameter, for {@link FuzzRequest.SequenceHash}.
     */
    record Planned(Op op, String path, String token, List<FuzzRequest> requests, Map<String, String> made) {
    }

    private final FuzzContract contract;
    private final Random random;
    private final BodyFuzzer bodies;
    private final FuzzTargets world;
    private final ObjectMapper json;

    FuzzPlan(FuzzContract contract, Random random, FuzzTargets world, ObjectMapper json) {
        this.contract = contract;
        this.random = random;
        this.world = world;
        this.json = json;
        this.bodies = new BodyFuzzer(contract, random, json);
    }

    Planned plan(Op op) {
        return new ForOperation(op).plan();
    }

    /** The planning of one operation: its caller, its targets and its requests. */
    private final class ForOperation {

        private final Op op;
        private final String token;
        private final String path;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final String accept;
        private final List<FuzzRequest> out = new ArrayList<>();
        private JsonNode base;

        ForOperation(Op op) {
            this.op = op;
            this.token = op.isPublic() ? null : world.tokenFor(op.id(), op.roles().isEmpty() ? FALLBACK_ROLES : op.roles());
            boolean changes = !"GET".equals(op.method());
            Matcher parameter = PATH_PARAMETER.matcher(op.path());
            while (parameter.find()) {
                String before = op.path().substring(0, parameter.start());
                String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                        before.length() - 1);
                String rest = op.path().substring(parameter.end());
                ids.put(parameter.group(1), world.target(op.path(), segment, rest, changes));
            }
            this.path = expand(ids);
            this.accept = accept(op);
        }

        Planned plan() {
            MediaType jsonContent = op.requestContent().get("application/json");
            String bodyType = jsonContent != null ? "application/json"
                    : op.requestContent().keySet().stream().findFirst().orElse(null);
            BodyFuzzer.Hints hints = world.hints();
            List<BodyFuzzer.Mutation> mutations = List.of();
            if (jsonContent != null) {
                base = base(jsonContent, hints);
                mutations = sample(bodies.mutations(base, jsonContent.getSchema(), hints));
            }
            byte[] baseBody = base != null ? base.toString().getBytes(StandardCharsets.UTF_8)
                    : bodyType != null ? new byte[0] : null;
            out.add(request(VALID_BASE, bodyType, baseBody, null));
            pathParameters(bodyType, baseBody);
            queryParameters(bodyType, baseBody);
            headers(bodyType, baseBody);
            if (jsonContent != null) {
                contentTypes(baseBody);
                for (BodyFuzzer.Mutation mutation : mutations) {
                    out.add(request(mutation.label(), "application/json", utf8(mutation.body().get()),
                            mutation.mustRefuse()));
                }
            }
            if (op.requestContent().containsKey("text/csv")) {
                csv();
            }
            if (bodyType == null && !"GET".equals(op.method())) {
                out.add(request("unexpected JSON body", "application/json", utf8("{\"a\": 1}"), null));
            }
            Map<String, String> made = new LinkedHashMap<>();
            ids.forEach((name, value) -> {
                if (!FuzzRequest.SequenceHash.isId(value)) {
                    made.put(value, "{" + name + "}");
                }
            });
            return new Planned(op, path, token, List.copyOf(out), made);
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
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
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
                        out.add(withPath(request("path " + name + " = " + bad, bodyType, body, "not a UUID"), name, bad,
                                Set.of(400, 404)));
                    }
                }
                out.add(withPath(request("path " + name + " = unknown UUID", bodyType, body, "no such object"), name,
                        FuzzValues.uuid(random), bodyType == null ? Set.of(404) : null));
                out.add(withPath(request("path " + name + " in upper case", bodyType, body, null), name,
                        ids.get(name).toUpperCase(), null));
                String unprintable = FuzzValues.pick(random, FuzzValues.UNPRINTABLE_TEXT);
                out.add(withPath(request("path " + name + " = unprintable " + json.valueToTree(unprintable), bodyType,
                        body, "unprintable text"), name, ids.get(name) + unprintable, Set.of(400)));
            }
        }

        private void queryParameters(String bodyType, byte[] body) {
            List<Parameter> query = op.in("query");
            for (Parameter parameter : query) {
                Schema<?> schema = contract.resolve(parameter.getSchema());
                String name = parameter.getName();
                for (Map.Entry<String, String> value : queryValues(name, schema).entrySet()) {
                    FuzzRequest request = request("query " + name + "=" + abbreviate(value.getKey()), bodyType, body,
                            value.getValue());
                    out.add(request.withQuery(Map.of(name, value.getKey())));
                }
            }
            if (!query.isEmpty()) {
                out.add(request("query: an unknown parameter", bodyType, body, null)
                        .withQuery(Map.of("fuzzUnknown", "1")));
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
                values.put("-1", schema.getMinimum() != null && schema.getMinimum().signum() >= 0
                        ? "below the minimum" : null);
                values.put("", null);
                if (schema.getMinimum() != null) {
                    values.put(schema.getMinimum().subtract(BigDecimal.ONE).toPlainString(), "below the minimum");
                }
                if (schema.getMaximum() != null) {
                    values.put(schema.getMaximum().add(BigDecimal.ONE).toPlainString(), "above the maximum");
                    values.put("100000", schema.getMaximum().intValue() < 100_000 ? "above the maximum" : null);
                }
            } else if ("boolean".equals(type)) {
                values.put("maybe", null);
                values.put("", null);
                values.put("TRUE", null);
            } else if ("uuid".equals(schema.getFormat())) {
                FuzzValues.BAD_UUIDS.forEach(bad -> values.put(bad, bad.isEmpty() ? null : "not a UUID"));
                values.put(FuzzValues.uuid(random), null);
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
            // whatever the type: text that no document can print is refused before it is read
            values.put("Nguyễn" + FuzzValues.pick(random, FuzzValues.UNPRINTABLE_TEXT), "unprintable text");
            return values;
        }

        private void headers(String bodyType, byte[] body) {
            if (op.hasHeader("If-Match")) {
                out.add(withHeader(request("If-Match missing", bodyType, body, "If-Match is required"), "If-Match",
                        null));
                for (String bad : List.of("garbage", "\"999999\"", "\"-1\"", "\"abc\"", "\"" + "9".repeat(40) + "\"",
                        "x".repeat(300))) {
                    out.add(withHeader(request("If-Match " + abbreviate(bad), bodyType, body,
                            "stale or invalid If-Match"), "If-Match", bad));
                }
                for (String odd : List.of("*", "W/\"1\"", "\"1\", \"2\"", "")) {
                    out.add(withHeader(request("If-Match " + odd, bodyType, body, null), "If-Match", odd));
                }
            }
            if (op.hasHeader("Idempotency-Key")) {
                for (String bad : List.of("k".repeat(256), "k".repeat(5_000), "has space")) {
                    out.add(withHeader(request("Idempotency-Key " + abbreviate(bad), bodyType, body,
                            "invalid Idempotency-Key"), "Idempotency-Key", bad));
                }
                String key = "fuzz-" + random.nextLong();
                out.add(withHeader(request("Idempotency-Key, first use", bodyType, body, null), "Idempotency-Key",
                        key));
                out.add(withHeader(request("Idempotency-Key, replay", bodyType, body, null), "Idempotency-Key", key));
                if (base != null) {
                    out.add(withHeader(request("Idempotency-Key reused for another body", bodyType, utf8("{}"),
                            "another request under a used key"), "Idempotency-Key", key));
                }
            }
            out.add(withHeader(request("Accept-Language garbage", bodyType, body, null), "Accept-Language",
                    "xx-ZZ;q=abc, *;q=, ;;"));
            out.add(withHeader(request("Accept: application/xml", bodyType, body, null), "Accept", "application/xml"));
        }

        private void contentTypes(byte[] body) {
            for (String type : WRONG_CONTENT_TYPES) {
                String mustRefuse = op.requestContent().containsKey(type) ? null : "content type not accepted";
                out.add(request("Content-Type " + (type.isEmpty() ? "absent" : type), type.isEmpty() ? null : type,
                        body, mustRefuse));
            }
            out.add(request("Content-Type application/json; charset=ISO-8859-1", "application/json; charset=ISO-8859-1",
                    body, null));
            out.add(request("Content-Type application/json, body in UTF-16", "application/json",
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
            files.put("CSV: NUL and control characters", utf8(header + "X\u0000;A\u0007B;" + world.unitCode() + "\n"));
            files.put("CSV: noncharacters", utf8(header + "X\uFFFE;A\uFDD0B\uFFFF;" + world.unitCode() + "\n"));
            files.put("CSV: separators only", utf8(";;;;\n;;;;\n"));
            files.put("CSV: injection",
                    utf8(header + "=1+1;" + FuzzValues.pick(random, FuzzValues.INJECTION) + ";X\n"));
            files.put("CSV: 10,000 broken rows", utf8(header + "x;;\n".repeat(10_000)));
            files.put("CSV: binary", randomBytes(2_000));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.add(request(file.getKey(), "text/csv", file.getValue(), null));
            }
        }

        // ---- requests ------------------------------------------------------------------------------------------

        private FuzzRequest request(String label, String contentType, byte[] body, String mustRefuse) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", accept);
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (op.hasHeader("If-Match")) {
                headers.put("If-Match", FuzzRequest.CURRENT_ETAG);
            }
            return new FuzzRequest(label, path, Map.of(), headers, contentType, body, mustRefuse, null);
        }

        private FuzzRequest withPath(FuzzRequest request, String name, String value, Set<Integer> mustBeOneOf) {
            Map<String, String> changed = new LinkedHashMap<>(ids);
            changed.put(name, value);
            return request.withPath(expand(changed), mustBeOneOf);
        }

        /** The request with the header set to {@code value}, or removed when it is null. */
        private FuzzRequest withHeader(FuzzRequest request, String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            headers.put(name, value);
            return request.withHeaders(headers);
        }

        private String expand(Map<String, String> values) {
            Matcher parameter = PATH_PARAMETER.matcher(op.path());
            StringBuilder expanded = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(expanded,
                        Matcher.quoteReplacement(encodePath(values.get(parameter.group(1)))));
            }
            parameter.appendTail(expanded);
            return expanded.toString();
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

    private static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        String flat = text == null ? "null" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + " chars)" : flat;
    }
}
