package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request starters for tests: JSON, with or without a bearer token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification as(String... roles) {
        return anonymous().auth().oauth2(TestTokens.withRoles(roles));
    }
}
