package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.org.OrgUnitRepository;

/**
 * Builds organisation trees for tests through the API, each with fresh unique codes so that no test depends on
 * another's data: an agency under the root, departments under it, and tokens scoped to any of them.
 */
public final class TestOrg {

    private TestOrg() {
    }

    /** The root unit made on first start. */
    public static UUID root() {
        return QuarkusTransaction.requiringNew().call(
                () -> Arc.container().instance(OrgUnitRepository.class).get().root().orElseThrow().id);
    }

    /** A request as an administrator of the root (sees everything). */
    public static RequestSpecification asRootAdmin() {
        return as(root(), Roles.ADMIN);
    }

    public static RequestSpecification as(UUID unit, String... roles) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).auth()
                .oauth2(TestTokens.inUnit(unit, roles));
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new agency directly under the root. */
    public static UUID agency(String name) {
        return unit(root(), name, "AGENCY");
    }

    /** A new unit under {@code parent}, made by a root administrator. */
    public static UUID unit(UUID parent, String name, String kind) {
        String id = asRootAdmin().body(Map.of("code", uniqueCode("U"), "name", name, "kind", kind,
                "parentId", parent.toString())).post("/api/v1/units").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
