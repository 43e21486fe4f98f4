package vn.thidua.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/** Over HTTP: a JSON value of another type than the contract's is a 400 naming the field, never stored converted. */
@QuarkusTest
class NoCoercionTest {

    @Test
    void aPersonsCodeSentAsANumberIsRefused() {
        assertProblem(TestOrg.asRootAdmin().contentType(ContentType.JSON)
                .body("{\"code\": 12345, \"fullName\": \"Nguyễn Văn A\", \"unitId\": \"" + TestOrg.root() + "\"}")
                .post("/api/v1/people").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
    }

    @Test
    void anEnumSentAsItsPositionIsRefused() {
        assertProblem(TestOrg.asRootAdmin().contentType(ContentType.JSON)
                .body("{\"code\": \"X1\", \"fullName\": \"Nguyễn Văn A\", \"gender\": 1, \"unitId\": \""
                        + TestOrg.root() + "\"}")
                .post("/api/v1/people").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("gender"));
    }

    @Test
    void aDecisionNumberSentAsABooleanIsRefused() {
        assertProblem(given().auth().oauth2(TestTokens.withRoles(Roles.LEADER)).contentType(ContentType.JSON)
                .body("{\"number\": true}").post("/api/v1/decisions/" + UUID.randomUUID() + ":sign").then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("number"));
    }

    @Test
    void anIntegerSentAsTextIsRefused() {
        assertProblem(given().auth().oauth2(TestTokens.withRoles(Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"stars\": \"5\"}").post("/api/v1/fixture/notes").then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("stars"))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
    }
}
