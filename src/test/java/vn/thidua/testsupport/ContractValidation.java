package vn.thidua.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.HttpHeaders;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every HTTP exchange of the tests to the contract, {@code openapi/openapi.yaml}: each answer must be a status
 * the operation documents, with a documented content type and a body valid against its schema; each request the
 * service accepted (2xx) must be valid too, so that the contract never refuses what the service takes. Requests the
 * service refused are meant to be invalid and are not checked; so is an import whose report lists failed rows, since
 * an import answers 200 with the errors of each row it refused.
 * <p>
 * A path the contract does not know fails the test, unless the service agrees that no such route exists (a
 * ROUTE_NOT_FOUND 404 or a 405 problem, which tests of the error model provoke on purpose), or the path is outside
 * the product's contract on purpose: {@code /q/*} (health, metrics, the contract itself) and the test fixture.
 * Browser CORS traffic is the HTTP layer's, not the API's: preflight requests, and the bodiless 403 with which the
 * CORS filter refuses a foreign {@code Origin}.
 * <p>
 * Installed for every {@code @QuarkusTest} by {@link Installer} (META-INF/services), as a global REST Assured filter
 * of the class loader the tests run in.
 */
public final class ContractValidation implements OrderedFilter {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final List<String> OUTSIDE_THE_CONTRACT = List.of("/q/", "/api/v1/fixture/");
    private static final Set<String> UNKNOWN_ROUTE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed", "validation.response.path.missing",
            "validation.response.operation.notAllowed");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
            // A 204 has no media type to match Accept against; an Accept the service cannot serve answers 406,
            // which the response check already holds to the contract.
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                    .build())
            .build();
    private static final ContractSchemas SCHEMAS = ContractSchemas.read(CONTRACT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int getOrder() {
        // last, so that the request is checked as it goes out, with every header other filters add
        return Integer.MAX_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        Request request = asSent(requestSpec);
        String path = request.getPath();
        if (OUTSIDE_THE_CONTRACT.stream().anyMatch(path::startsWith) || isCors(request, response)) {
            return response;
        }
        ValidationReport report = VALIDATOR.validateResponse(path, request.getMethod(),
                RestAssuredResponse.of(response));
        boolean accepted = response.statusCode() / 100 == 2 && !isImportWithFailedRows(path, response);
        if (accepted) {
            report = report.merge(VALIDATOR.validateRequest(request));
        }
        List<String> problems = new ArrayList<>();
        if (report.hasErrors() && !isRefusedUnknownRoute(report, response)) {
            problems.add(describe(report));
        }
        String method = request.getMethod().name();
        JsonNode answer = json(response.contentType(), response.asString());
        if (answer != null) {
            SCHEMAS.responseBodyProblems(method, path, response.statusCode(), response.contentType(), answer)
                    .forEach(p -> problems.add("  - [answer body] " + p));
        }
        JsonNode sent = json(request.getContentType().orElse(null), request.getBody().orElse(null));
        if (accepted && sent != null) {
            SCHEMAS.requestBodyProblems(method, path, request.getContentType().orElse(null), sent)
                    .forEach(p -> problems.add("  - [request body] " + p));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("""
                    %s %s answered %d, which does not match openapi/openapi.yaml:
                    %s
                    Answer body: %s""".formatted(method, path, response.statusCode(),
                    String.join("\n", problems), abbreviate(response.asString())));
        }
        return response;
    }

    /** The body as JSON when its media type is JSON and it parses; otherwise null (other checks cover it). */
    private static JsonNode json(String mediaType, String body) {
        if (mediaType == null || body == null || body.isBlank()
                || !mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT).endsWith("json")) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The request with its bearer token: REST Assured adds the {@code Authorization} header of {@code auth().oauth2()}
     * only when it sends, after every filter.
     */
    private static Request asSent(FilterableRequestSpecification requestSpec) {
        Request written = RestAssuredRequest.of(requestSpec);
        // REST Assured escapes the ':' of custom methods (/units/{id}:move); the service reads both forms alike
        String path = written.getPath().replace("%3A", ":").replace("%3a", ":");
        SimpleRequest.Builder sent = new SimpleRequest.Builder(written.getMethod(), path);
        written.getRequestBody().ifPresent(sent::withBody);
        written.getHeaders().forEach((name, values) -> sent.withHeader(name, List.copyOf(values)));
        for (String name : written.getQueryParameters()) {
            sent.withQueryParam(name, List.copyOf(written.getQueryParameterValues(name)));
        }
        if (requestSpec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer
                && written.getHeaderValue(HttpHeaders.AUTHORIZATION).isEmpty()) {
            sent.withAuthorization("Bearer " + bearer.getAccessToken());
        }
        return sent.build();
    }

    private static boolean isCors(Request request, Response response) {
        boolean preflight = request.getMethod() == Request.Method.OPTIONS
                && request.getHeaderValue("Access-Control-Request-Method").isPresent();
        boolean refusedOrigin = request.getHeaderValue("Origin").isPresent() && response.statusCode() == 403
                && response.asByteArray().length == 0;
        return preflight || refusedOrigin;
    }

    private static boolean isImportWithFailedRows(String path, Response response) {
        if (!path.endsWith(":import") || !String.valueOf(response.contentType()).startsWith("application/json")) {
            return false;
        }
        Integer failed = response.jsonPath().get("counts.failed");
        return failed != null && failed > 0;
    }

    private static boolean isRefusedUnknownRoute(ValidationReport report, Response response) {
        boolean onlyUnknownRoute = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .allMatch(m -> UNKNOWN_ROUTE.contains(m.getKey()));
        if (!onlyUnknownRoute || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return false;
        }
        String code = response.jsonPath().getString("code");
        return response.statusCode() == 404 && "ROUTE_NOT_FOUND".equals(code)
                || response.statusCode() == 405 && "METHOD_NOT_ALLOWED".equals(code);
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - [" + m.getKey() + "] " + m.getMessage()
                        + m.getContext().flatMap(c -> c.getPointers())
                                .map(p -> " (at " + p.getInstance() + ")").orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    /** Puts the filter among REST Assured's global filters before each test, once. */
    public static final class Installer implements QuarkusTestBeforeEachCallback {

        @Override
        public void beforeEach(QuarkusTestMethodContext context) {
            if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
                RestAssured.filters(new ContractValidation());
            }
        }
    }
}
