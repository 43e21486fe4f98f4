package vn.thidua.org;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class OrgUnitTest {

    private static final String UNITS = "/api/v1/units";

    private static String etag(UUID unit) {
        return TestOrg.asRootAdmin().get(UNITS + "/" + unit).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anAdminBuildsATreeAndListsChildrenAndSubtree() {
        UUID school = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        UUID faculty = TestOrg.unit(school, "Khoa Lý luận cơ sở", "DEPARTMENT");
        UUID office = TestOrg.unit(school, "Phòng Tổ chức - Hành chính", "DEPARTMENT");
        UUID team = TestOrg.unit(office, "Tổ Văn thư", "OTHER");

        TestOrg.asRootAdmin().queryParam("parent", school.toString()).get(UNITS).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(faculty.toString(), office.toString()));
        TestOrg.asRootAdmin().queryParam("within", school.toString()).get(UNITS).then()
                .body("total", equalTo(4))
                .body("items.id", hasItem(team.toString()));
        TestOrg.asRootAdmin().get(UNITS + "/" + team).then().body("depth", equalTo(3))
                .body("parentId", equalTo(office.toString()));
    }

    @Test
    void aUnitKeepsHowItsDocumentsHeadTheirFirstPage() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", TestOrg.uniqueCode("TCT"),
                "name", "Trường Chính trị tỉnh Điện Biên", "kind", "AGENCY", "parentId", TestOrg.root().toString(),
                "letterhead", Map.of("style", "PARTY", "governing", " Tỉnh ủy Điện Biên ", "issuing", "Trường Chính trị")));
        var created = TestOrg.asRootAdmin().body(body).post(UNITS).then().statusCode(201)
                .body("letterhead.style", equalTo("PARTY"))
                .body("letterhead.governing", equalTo("Tỉnh ủy Điện Biên"))
                .body("letterhead.issuing", equalTo("Trường Chính trị")).extract();
        String id = created.path("id");

        // a PUT replaces the whole unit: without a letterhead, the state style with the tree's names again
        body.remove("letterhead");
        body.remove("parentId");
        TestOrg.asRootAdmin().header("If-Match", created.header("ETag")).body(body).put(UNITS + "/" + id).then()
                .statusCode(200).body("letterhead", equalTo(null));

        body.put("letterhead", Map.of("style", "MONARCHY"));
        var refused = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("X"), "name", "X", "kind",
                "AGENCY", "parentId", TestOrg.root().toString(), "letterhead", Map.of("style", "MONARCHY"))).post(UNITS)
                .then();
        vn.thidua.testsupport.Problems.assertProblem(refused, 400, "VALIDATION_FAILED");
        vn.thidua.testsupport.Problems.assertProblem(TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("X"),
                "name", "X", "kind", "AGENCY", "parentId", TestOrg.root().toString(), "letterhead",
                Map.of("governing", "Tỉnh ủy"))).post(UNITS).then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void searchIgnoresAccents() {
        UUID school = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        TestOrg.unit(school, "Khoa Nhà nước và Pháp luật", "DEPARTMENT");
        TestOrg.as(school, Roles.MEMBER).queryParam("q", "nha nuoc va phap luat").get(UNITS).then()
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Khoa Nhà nước và Pháp luật"));
    }

    @Test
    void theLocationOfACreatedUnitNamesIt() {
        String location = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("LOC"), "name", "Located",
                "kind", "AGENCY", "parentId", TestOrg.root().toString())).post(UNITS).then().statusCode(201)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/v1/units/" + id), location);
        org.junit.jupiter.api.Assertions.assertFalse(location.contains("/api/v1/api/v1"), location);
        TestOrg.asRootAdmin().get(UNITS + "/" + id).then().statusCode(200);
    }

    @Test
    void aDepartmentsCodeIsUniqueWithinItsAgencyOnlySoAnotherAgencysCodesStayUnseen() {
        UUID mine = TestOrg.agency("Unit codes mine");
        UUID theirs = TestOrg.agency("Unit codes theirs");
        String code = TestOrg.uniqueCode("VP");
        TestOrg.as(theirs, Roles.ADMIN).body(Map.of("code", code, "name", "Văn phòng", "kind", "DEPARTMENT",
                "parentId", theirs.toString())).post(UNITS).then().statusCode(201);
        String id = TestOrg.as(mine, Roles.ADMIN).body(Map.of("code", code, "name", "Văn phòng", "kind",
                "DEPARTMENT", "parentId", mine.toString())).post(UNITS).then().statusCode(201).extract().path("id");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).body(Map.of("code", code.toLowerCase(), "name", "Văn phòng 2",
                "kind", "DEPARTMENT", "parentId", id)).post(UNITS).then(), 409, "CONFLICT");
        // people are imported by unit code: each agency's admin reaches their own office
        TestOrg.as(mine, Roles.ADMIN).contentType("text/csv; charset=UTF-8").body(("code,fullName,unitCode\n"
                + TestOrg.uniqueCode("P") + ",Quàng Văn Một," + code + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/people:import").then()
                .statusCode(200).body("applied", equalTo(true));
        TestOrg.asRootAdmin().queryParam("unit", id).get("/api/v1/people").then().body("total", equalTo(1));
    }

    @Test
    void codesAreUniqueIgnoringCase() {
        String code = TestOrg.uniqueCode("DUP");
        Map<String, Object> body = Map.of("code", code, "name", "A", "kind", "AGENCY",
                "parentId", TestOrg.root().toString());
        TestOrg.asRootAdmin().body(body).post(UNITS).then().statusCode(201);
        assertProblem(TestOrg.asRootAdmin().body(Map.of("code", code.toLowerCase(), "name", "B", "kind", "AGENCY",
                "parentId", TestOrg.root().toString())).post(UNITS).then(), 409, "CONFLICT");
    }

    @Test
    void moveRewritesTheSubtreeAndRefusesCycles() {
        UUID a = TestOrg.agency("A");
        UUID b = TestOrg.agency("B");
        UUID child = TestOrg.unit(a, "A1", "DEPARTMENT");
        UUID grandchild = TestOrg.unit(child, "A1x", "OTHER");

        TestOrg.asRootAdmin().header("If-Match", etag(child)).body(Map.of("parentId", b.toString()))
                .post(UNITS + "/" + child + ":move").then().statusCode(200).body("parentId", equalTo(b.toString()));
        TestOrg.asRootAdmin().queryParam("within", b.toString()).get(UNITS).then()
                .body("items.id", hasItem(grandchild.toString()));
        TestOrg.asRootAdmin().queryParam("within", a.toString()).get(UNITS).then()
                .body("items.id", not(hasItem(grandchild.toString())));
        TestOrg.asRootAdmin().get(UNITS + "/" + grandchild).then().body("depth", equalTo(3));

        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag(b)).body(Map.of("parentId", grandchild.toString()))
                .post(UNITS + "/" + b + ":move").then(), 409, "CONFLICT");
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag(child)).body(Map.of("parentId", child.toString()))
                .post(UNITS + "/" + child + ":move").then(), 409, "CONFLICT");
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        UUID unit = TestOrg.agency("Versioned");
        String etag = etag(unit);
        Map<String, Object> change = Map.of("code", TestOrg.uniqueCode("V"), "name", "Renamed", "kind", "AGENCY");
        assertProblem(TestOrg.asRootAdmin().body(change).put(UNITS + "/" + unit).then(), 428, "PRECONDITION_REQUIRED");
        TestOrg.asRootAdmin().header("If-Match", etag).body(change).put(UNITS + "/" + unit).then().statusCode(200)
                .body("name", equalTo("Renamed"));
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag).body(change).put(UNITS + "/" + unit).then(),
                412, "PRECONDITION_FAILED");
    }

    @Test
    void aUnitWithActiveChildrenIsNotDeactivatedAndUnitsAreNeverDeleted() {
        UUID parent = TestOrg.agency("Parent");
        UUID child = TestOrg.unit(parent, "Child", "DEPARTMENT");
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag(parent)).post(UNITS + "/" + parent + ":deactivate")
                .then(), 409, "CONFLICT");
        TestOrg.asRootAdmin().header("If-Match", etag(child)).post(UNITS + "/" + child + ":deactivate").then()
                .statusCode(200).body("active", equalTo(false));
        TestOrg.asRootAdmin().header("If-Match", etag(parent)).post(UNITS + "/" + parent + ":deactivate").then()
                .statusCode(200);
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag(child)).post(UNITS + "/" + child + ":activate")
                .then(), 409, "CONFLICT");
        assertProblem(TestOrg.asRootAdmin().delete(UNITS + "/" + child).then(), 405, "METHOD_NOT_ALLOWED");
        TestOrg.asRootAdmin().queryParam("within", parent.toString()).queryParam("active", false).get(UNITS).then()
                .body("total", equalTo(2));
    }

    @Test
    void anotherAgencysUnitsAreInvisibleAndUntouchable() {
        UUID mine = TestOrg.agency("Mine");
        UUID theirs = TestOrg.agency("Theirs");
        UUID theirChild = TestOrg.unit(theirs, "Their office", "DEPARTMENT");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).get(UNITS + "/" + theirChild).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).header("If-Match", etag(theirChild))
                .body(Map.of("code", TestOrg.uniqueCode("X"), "name", "Hijacked", "kind", "DEPARTMENT"))
                .put(UNITS + "/" + theirChild).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).body(Map.of("code", TestOrg.uniqueCode("X"), "name", "Planted",
                "kind", "DEPARTMENT", "parentId", theirs.toString())).post(UNITS).then(), 404, "NOT_FOUND");
        TestOrg.as(mine, Roles.ADMIN).get(UNITS).then().statusCode(200)
                .body("items.id", everyItem(not(equalTo(theirChild.toString()))))
                .body("items.id", contains(mine.toString()));
    }

    @Test
    void onlyAdminsChangeUnits() {
        UUID agency = TestOrg.agency("Roles");
        for (String role : new String[] {Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
                Roles.INTEGRATION}) {
            TestOrg.as(agency, role).get(UNITS + "/" + agency).then().statusCode(200);
            assertProblem(TestOrg.as(agency, role).body(Map.of("code", TestOrg.uniqueCode("R"), "name", "x",
                    "kind", "DEPARTMENT", "parentId", agency.toString())).post(UNITS).then(), 403, "FORBIDDEN");
        }
    }

    @Test
    void aMistypedBooleanFilterIsRefusedNotReadAsFalse() {
        assertProblem(TestOrg.asRootAdmin().queryParam("active", "yes").get(UNITS).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("active"));
    }

    @Test
    void aTokenWithoutAUnitSeesNothing() {
        vn.thidua.testsupport.Api.as(Roles.ADMIN).get(UNITS).then().statusCode(200).body("total", equalTo(0));
    }
}
