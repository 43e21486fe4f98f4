package vn.thidua.testsupport;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.ValidatableResponse;

/**
 * The assertions every problem+json answer must pass. The body is read with Jackson, not with REST Assured's path
 * matchers: each of those compiles a Groovy script, and under Quarkus's class loader a compilation reads class files
 * out of the jars, tens of milliseconds a matcher, which made this assertion the suite's costliest line.
 */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        response.statusCode(status).contentType(startsWith("application/problem+json"));
        String body = response.extract().asString();
        JsonNode problem = JsonBody.node(response.extract(), "$");
        assertEquals(status, problem.path("status").asInt(-1), body);
        assertEquals(code, problem.path("code").asText(null), body);
        assertEquals("urn:thidua:problem:" + code.toLowerCase().replace('_', '-'), problem.path("type").asText(null),
                body);
        assertFalse(problem.path("title").asText("").isEmpty(), "no title: " + body);
        assertFalse(problem.path("detail").asText("").isEmpty(), "no detail: " + body);
        assertTrue(problem.path("instance").asText("").startsWith("/"), "no instance: " + body);
        return response;
    }
}
