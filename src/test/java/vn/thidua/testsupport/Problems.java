package vn.thidua.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** The assertions every problem+json answer must pass. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("urn:thidua:problem:" + code.toLowerCase().replace('_', '-')))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("instance", startsWith("/"));
    }
}
