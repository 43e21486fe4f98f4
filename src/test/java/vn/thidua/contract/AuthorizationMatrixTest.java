package vn.thidua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.contract.AuthorizationMatrix.Call;
import vn.thidua.contract.AuthorizationMatrix.Caller;
import vn.thidua.contract.AuthorizationMatrix.Expect;
import vn.thidua.contract.AuthorizationMatrix.Row;
import vn.thidua.testsupport.JsonBody;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestTokens;

/**
 * Runs {@link AuthorizationMatrix} over every operation of the contract: without a token; with tokens the service must
 * refuse (malformed, expired, signed by another key, edited to claim admin); with a valid token holding no role; as
 * each role inside its scope (home unit: agency A, the targets' agency; a member is the targets' owner); where a row
 * keeps a role to its own objects, as that role on a colleague's; as each role outside its scope (home unit: the
 * sibling agency B); and as an allowed role whose token names no home unit. Every answer must be exactly what the row
 * says, and only an allowed caller's answer may contain the target's secret. Each case is a named dynamic test.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private static final Map<String, AtomicInteger> OUTCOMES = new TreeMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    /** Every HTTP request while the matrix runs: its calls and the setup that makes their targets. */
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final Filter COUNTING = (request, response, next) -> {
        REQUESTS.incrementAndGet();
        return next.next(request, response);
    };
    private static long started;
    /** Tokens the service must not accept; made once, since a key pair takes a while to generate. */
    private static final Map<String, String> BAD_TOKENS = new LinkedHashMap<>();

    /** The contract's operations: operationId → whether it is marked {@code x-public: true}. */
    static Map<String, Boolean> contractOperations() throws IOException {
        Map<String, Boolean> operations = new TreeMap<>();
        JsonNode paths = new YAMLMapper().readTree(CONTRACT.toFile()).path("paths");
        for (Iterator<JsonNode> byPath = paths.elements(); byPath.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> byMethod = byPath.next().fields(); byMethod.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = byMethod.next();
                if (METHODS.contains(operation.getKey())) {
                    operations.put(operation.getValue().path("operationId").asText(),
                            operation.getValue().path("x-public").asBoolean(false));
                }
            }
        }
        return operations;
    }

    @Test
    void everyOperationOfTheContractHasExactlyOneRow() throws IOException {
        Set<String> operations = contractOperations().keySet();
        List<String> rows = AuthorizationMatrix.ROWS.stream().map(Row::operationId).toList();
        Set<String> withoutRow = new TreeSet<>(operations);
        rows.forEach(withoutRow::remove);
        Set<String> withoutOperation = new TreeSet<>(rows);
        withoutOperation.removeAll(operations);
        Set<String> twice = rows.stream().filter(id -> rows.indexOf(id) != rows.lastIndexOf(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(withoutRow.isEmpty() && withoutOperation.isEmpty() && twice.isEmpty(), """
                AuthorizationMatrix must have one row per operation of openapi/openapi.yaml.
                Operations without a row: %s
                Rows without an operation: %s
                Rows given twice: %s""".formatted(withoutRow, withoutOperation, twice));
    }

    @Test
    void publicRowsAreExactlyTheOperationsMarkedPublicInTheContract() throws IOException {
        Set<String> markedPublic = contractOperations().entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> publicRows = AuthorizationMatrix.ROWS.stream().filter(Row::publicOperation).map(Row::operationId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(publicRows, markedPublic, "operations with x-public: true in the contract");
    }

    @TestFactory
    Stream<DynamicContainer> everyOperationAsEveryCaller() {
        started = System.nanoTime();
        RestAssured.filters(COUNTING);
        BAD_TOKENS.put("a malformed token", "not-a-jwt");
        BAD_TOKENS.put("an expired token", TestTokens.expired(Roles.ADMIN));
        BAD_TOKENS.put("a token signed by another key", TestTokens.signedByAnotherKey(Roles.ADMIN));
        BAD_TOKENS.put("a token edited to claim admin", TestTokens.tampered(Roles.MEMBER));
        MatrixWorld world = new MatrixWorld();
        return AuthorizationMatrix.ROWS.stream().map(row -> dynamicContainer(row.operationId(), cases(world, row)));
    }

    @AfterAll
    static void printTally() {
        RestAssured.replaceFiltersWith(RestAssured.filters().stream().filter(f -> f != COUNTING).toList());
        if (CALLS.get() > 0) {
            System.out.printf("Authorization matrix: %d operations, %d roles, %d calls (%d requests with the setup) "
                            + "in %d s; outcomes %s%n", AuthorizationMatrix.ROWS.size(), Roles.ALL.size(), CALLS.get(),
                    REQUESTS.get(), (System.nanoTime() - started) / 1_000_000_000L, OUTCOMES);
        }
    }

    // --- the cases of one row -----------------------------------------------------------------------------------

    private static Stream<DynamicTest> cases(MatrixWorld world, Row row) {
        // a call stays valid until one succeeds (which consumes an act's target); then the next case makes a new one
        Call[] current = new Call[1];
        List<DynamicTest> cases = new ArrayList<>();
        // a public operation does not look at the Authorization header at all, so a bad token does not matter
        Expect withoutToken = row.publicOperation() ? Expect.SUCCESS : Expect.UNAUTHORIZED;
        cases.add(check(world, row, current, "without a token", null, null, withoutToken));
        BAD_TOKENS.forEach((what, token) -> cases.add(check(world, row, current, "with " + what, null, token,
                withoutToken)));
        cases.add(check(world, row, current, "with a valid token holding no role", null,
                TestTokens.inUnit(world.agencyA), row.publicOperation() ? Expect.SUCCESS : Expect.FORBIDDEN));
        for (String role : Roles.ALL) {
            boolean allowed = row.roles().contains(role);
            boolean member = role.equals(Roles.MEMBER);
            cases.add(check(world, row, current, "as " + role + " inside",
                    new Caller(role, world.agencyA, member ? uuid(world.personA.id()) : null), null,
                    allowed ? Expect.SUCCESS : Expect.FORBIDDEN));
            if (allowed && row.ownOnly().containsKey(role)) {
                cases.add(check(world, row, current, "as " + role + " inside, on another's",
                        new Caller(role, world.agencyA, uuid(world.otherA.id())), null, row.ownOnly().get(role)));
            }
            // a role kept to its own records and refused another's before any lookup is refused alike outside
            Expect outside = row.ownOnly().get(role) == Expect.FORBIDDEN ? Expect.FORBIDDEN : row.outside();
            cases.add(check(world, row, current, "as " + role + " outside",
                    new Caller(role, world.agencyB, member ? uuid(world.personB.id()) : null), null,
                    allowed ? outside : Expect.FORBIDDEN));
        }
        // an administrator of the root unit reaches every unit, and alone changes what holds for every agency; an
        // agency's administrator cannot claim that by listing the derived role in its token
        cases.add(check(world, row, current, "as admin of the root unit", new Caller(Roles.ADMIN, world.root, null),
                null, row.asRootAdmin()));
        if (row.global()) {
            cases.add(check(world, row, current, "as admin inside, claiming root_admin in the token", null,
                    TestTokens.inUnit(world.agencyA, Roles.ADMIN, Roles.ROOT_ADMIN), Expect.FORBIDDEN));
        }
        // a token without a home unit (an identity provider that forgot the claim) reaches nothing
        row.roles().stream().sorted().findFirst().filter(role -> row.scoped()).ifPresent(role -> cases.add(
                check(world, row, current, "as " + role + " without a home unit", new Caller(role, null, null), null,
                        row.homeless())));
        return cases.stream();
    }

    private static DynamicTest check(MatrixWorld world, Row row, Call[] current, String name, Caller caller,
            String token, Expect expected) {
        return dynamicTest(name + " → " + expected, () -> {
            if (current[0] == null) {
                current[0] = row.setup().make(world);
            }
            Call call = current[0];
            // whatever succeeds, or is refused on a global operation, changes no global setting unless the root's
            // administrator called: so an operation that writes one cannot ship with a wider row
            boolean root = caller != null && world.root.equals(caller.unit()) && Roles.ADMIN.equals(caller.role());
            String globalBefore = !root && (expected == Expect.SUCCESS || row.global())
                    ? GlobalTables.fingerprint() : null;
            Response response = send(call, caller == null ? token : tokenOf(caller, call));
            if (globalBefore != null) {
                assertEquals(globalBefore, GlobalTables.fingerprint(), row.operationId() + " " + name
                        + " changed a setting that holds for every agency (give it @RolesAllowed(Roles.ROOT_ADMIN))");
            }
            CALLS.incrementAndGet();
            OUTCOMES.computeIfAbsent(expected.name(), e -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() / 100 == 2) {
                current[0] = null;
            }
            verify(response, expected, call, row.operationId() + " " + name + ": " + call);
            if (expected == Expect.NOT_FOUND || expected == Expect.FORBIDDEN && caller != null) {
                answersAsNothing(response, call, caller == null ? token : tokenOf(caller, call),
                        row.operationId() + " " + name + ": " + call);
            }
        });
    }

    /**
     * No oracle: what the caller may not see or touch answers exactly as what does not exist, the same call aimed at a
     * random id (same status, problem code and detail but for the ids): a 404 as a 404, and a role's 403 alike for
     * both, never a 403 for what exists and a 404 for what does not.
     */
    private static void answersAsNothing(Response response, Call call, String token, String what) {
        List<String> nothing = new ArrayList<>();
        for (Call aimed : call.aimedAtNothing()) {
            Response answer = send(aimed, token);
            JsonNode answered = JsonBody.node(answer, "$");
            JsonNode refused = JsonBody.node(response, "$");
            if (answer.statusCode() == response.statusCode()
                    && Objects.equals(answered.path("code").asText(null), refused.path("code").asText(null))
                    && Objects.equals(withoutIds(answered.path("detail").asText(null)),
                            withoutIds(refused.path("detail").asText(null)))) {
                return;
            }
            nothing.add(aimed + " answered " + answer.statusCode() + ": " + abbreviate(answer.asString()));
        }
        assertTrue(nothing.isEmpty(), what + " answered " + response.statusCode() + ": "
                + abbreviate(response.asString()) + ", unlike the same call aimed at nothing: " + nothing);
    }


    private static String withoutIds(Object detail) {
        return detail == null ? null : Call.ID.matcher(detail.toString()).replaceAll("<id>");
    }

    private static String tokenOf(Caller caller, Call call) {
        if (call.tokenFor != null) {
            return call.tokenFor.apply(caller);
        }
        if (caller.unit() == null) {
            return TestTokens.withRoles(caller.role());
        }
        return caller.person() == null ? TestTokens.inUnit(caller.unit(), caller.role())
                : TestTokens.asPerson(caller.unit(), caller.person(), caller.role());
    }

    private static Response send(Call call, String token) {
        // always a JSON Content-Type, as clients send it: without one a POST is refused (415) before anything else
        RequestSpecification request = given().accept(call.accept).contentType(ContentType.JSON)
                .queryParams(call.query);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (call.ifMatch != null) {
            request.header("If-Match", call.ifMatch);
        }
        if (call.body != null) {
            request.body(call.body);
        }
        return request.request(call.method, "/api/v1" + call.path);
    }

    private static void verify(Response response, Expect expected, Call call, String what) {
        int status = response.statusCode();
        String body = response.asString();
        String context = what + " answered " + status + ": " + abbreviate(body);
        switch (expected) {
            case SUCCESS -> {
                assertTrue(status / 100 == 2, "expected 2xx; " + context);
                if (call.secret != null) {
                    assertTrue(body.contains(call.secret), "the answer lacks the target (" + call.secret + "); "
                            + context);
                }
            }
            case UNAUTHORIZED -> problem(response, 401, "UNAUTHORIZED", context);
            case FORBIDDEN -> problem(response, 403, "FORBIDDEN", context);
            case NOT_FOUND -> problem(response, 404, "NOT_FOUND", context);
            case LISTED_WITHOUT -> {
                assertEquals(200, status, context);
                assertTrue(JsonBody.node(response, "items").isArray(), "expected a page of items; " + context);
            }
            case NOT_APPLIED -> {
                assertEquals(200, status, context);
                JsonNode applied = JsonBody.node(response, "applied");
                assertTrue(applied.isBoolean() && !applied.asBoolean(),
                        "the import must save nothing; " + context);
            }
        }
        if (expected != Expect.SUCCESS && call.secret != null) {
            assertFalse(body.contains(call.secret), "the answer reveals the target (" + call.secret + "); " + context);
        }
    }

    private static void problem(Response response, int status, String code, String context) {
        assertEquals(status, response.statusCode(), context);
        Problems.assertProblem(response.then(), status, code);
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
