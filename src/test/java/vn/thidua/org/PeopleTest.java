package vn.thidua.org;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.thidua.audit.AuditEvent;
import vn.thidua.common.Roles;
import vn.thidua.common.outbox.OutboxEvent;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

@QuarkusTest
class PeopleTest {

    private static final String PEOPLE = "/api/v1/people";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    static Map<String, Object> person(String fullName, UUID unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestOrg.uniqueCode("P"));
        body.put("fullName", fullName);
        body.put("unitId", unit.toString());
        return body;
    }

    /** A person made by an administrator of {@code agency}; returns the id. */
    static UUID create(UUID agency, String fullName, UUID unit) {
        String id = TestOrg.as(agency, Roles.ADMIN).body(person(fullName, unit)).post(PEOPLE).then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }

    private static String etag(UUID person) {
        return TestOrg.asRootAdmin().get(PEOPLE + "/" + person).then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification asPerson(UUID unit, UUID person, String... roles) {
        return io.restassured.RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON).auth()
                .oauth2(TestTokens.asPerson(unit, person, roles));
    }

    @Test
    void aPersonIsCreatedReadUpdatedDeactivatedAndActivatedWithVersions() {
        UUID agency = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        UUID faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        Map<String, Object> body = person("Nguyễn  Văn Đức", faculty);
        body.put("gender", "MALE");
        body.put("dateOfBirth", "1985-03-27");
        body.put("position", "Giảng viên");
        body.put("email", "duc.nv@laichau.gov.vn");
        var created = TestOrg.as(agency, Roles.BOARD).body(body).post(PEOPLE).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("fullName", equalTo("Nguyễn Văn Đức"))
                .body("familyName", equalTo("Nguyễn"))
                .body("middleName", equalTo("Văn"))
                .body("givenName", equalTo("Đức"))
                .body("unitName", equalTo("Khoa Lý luận cơ sở"))
                .body("active", equalTo(true))
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/people/" + id));

        TestOrg.as(agency, Roles.LEADER).get(PEOPLE + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("code", equalTo(body.get("code")))
                .body("dateOfBirth", equalTo("1985-03-27"));

        Map<String, Object> change = new HashMap<>(body);
        change.put("fullName", "Nguyễn Văn Đức Anh");
        change.remove("email");
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(change).put(PEOPLE + "/" + id).then(), 428,
                "PRECONDITION_REQUIRED");
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"0\"").body(change).put(PEOPLE + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"1\""))
                .body("middleName", equalTo("Văn Đức")).body("givenName", equalTo("Anh"))
                .body("email", nullValue());
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"0\"").body(change)
                .put(PEOPLE + "/" + id).then(), 412, "PRECONDITION_FAILED");

        assertProblem(TestOrg.as(agency, Roles.ADMIN).post(PEOPLE + "/" + id + ":deactivate").then(), 428,
                "PRECONDITION_REQUIRED");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", "\"1\"").post(PEOPLE + "/" + id + ":deactivate").then()
                .statusCode(200).body("active", equalTo(false)).header("ETag", equalTo("\"2\""));
        // some HTTP clients send the colon of an action encoded
        TestOrg.as(agency, Roles.BOARD).urlEncodingEnabled(false).header("If-Match", "\"2\"")
                .post(PEOPLE + "/" + id + "%3Aactivate").then()
                .statusCode(200).body("active", equalTo(true));
        assertProblem(TestOrg.as(agency, Roles.ADMIN).delete(PEOPLE + "/" + id).then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        UUID agency = TestOrg.agency("Unchanged");
        Map<String, Object> body = person("Lò Văn Pọm", agency);
        String id = TestOrg.as(agency, Roles.ADMIN).body(body).post(PEOPLE).then().statusCode(201)
                .extract().path("id");
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"0\"").body(body).put(PEOPLE + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void badFieldsAreValidationProblemsInTheCallersLanguage() {
        UUID agency = TestOrg.agency("Validation");
        Map<String, Object> body = person(" ", agency);
        body.put("code", "bad code!");
        body.put("email", "not-an-email");
        body.put("dateOfBirth", LocalDate.now().plusDays(1).toString());
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("Accept-Language", "en").body(body).post(PEOPLE).then(),
                400, "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("code", "dateOfBirth", "email", "fullName"))
                .body("errors.find { it.field == 'email' }.message", equalTo("must be a well-formed email address"));

        Map<String, Object> old = person("Cụ Già", agency);
        old.put("dateOfBirth", "1899-12-31");
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(old).post(PEOPLE).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"))
                .body("errors[0].message", equalTo("Ngày sinh không được trước 1900-01-01."));

        Map<String, Object> longName = person("Nguyễn " + "A".repeat(101) + " B", agency);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(longName).post(PEOPLE).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("fullName"))
                .body("errors[0].code", equalTo("NAME_PART_TOO_LONG"));

        Map<String, Object> badGender = person("Lê Văn Tám", agency);
        badGender.put("gender", "OTHER");
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(badGender).post(PEOPLE).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("gender"));
    }

    /** Found by the contract fuzzer: such a name passed {@code @NotBlank} and then failed to split, a 500. */
    @Test
    void aNameOfNonBreakingAndEmSpacesOnlyIsBlank() {
        UUID agency = TestOrg.agency("Invisible names");
        String invisible = "\u00A0\u2003";
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(person(invisible, agency)).post(PEOPLE).then(),
                400, "VALIDATION_FAILED")
                .body("errors.field", contains("fullName")).body("errors[0].code", equalTo("NOT_BLANK"));
        UUID id = create(agency, "Lò Văn Pó", agency);
        Map<String, Object> update = person(invisible, agency);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag(id)).body(update)
                .put(PEOPLE + "/" + id).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("fullName"));
    }

    @Test
    void codesAreUniqueIgnoringCase() {
        UUID agency = TestOrg.agency("Codes");
        Map<String, Object> first = person("Trần Thị Ánh", agency);
        TestOrg.as(agency, Roles.ADMIN).body(first).post(PEOPLE).then().statusCode(201);
        Map<String, Object> second = person("Trần Thị Ánh", agency);
        second.put("code", first.get("code").toString().toLowerCase());
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(second).post(PEOPLE).then(), 409, "CONFLICT");

        UUID other = create(agency, "Lê Đức Anh", agency);
        Map<String, Object> takeCode = person("Lê Đức Anh", agency);
        takeCode.put("code", first.get("code"));
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag(other)).body(takeCode)
                .put(PEOPLE + "/" + other).then(), 409, "CONFLICT");
    }

    @Test
    void aCodeIsUniqueWithinItsAgencyOnlySoAnotherAgencysCodesStayUnseen() {
        UUID mine = TestOrg.agency("Codes mine");
        UUID theirs = TestOrg.agency("Codes theirs");
        UUID theirOffice = TestOrg.unit(theirs, "Their codes office", "DEPARTMENT");
        Map<String, Object> theirPerson = person("Vì Văn Họ", theirOffice);
        TestOrg.as(theirs, Roles.ADMIN).body(theirPerson).post(PEOPLE).then().statusCode(201);
        Map<String, Object> minePerson = person("Vì Văn Mình", mine);
        minePerson.put("code", theirPerson.get("code"));
        String id = TestOrg.as(mine, Roles.ADMIN).body(minePerson).post(PEOPLE).then().statusCode(201)
                .body("code", equalTo(theirPerson.get("code"))).extract().path("id");
        Map<String, Object> again = person("Vì Thị Mình", mine);
        again.put("code", theirPerson.get("code"));
        assertProblem(TestOrg.as(mine, Roles.ADMIN).body(again).post(PEOPLE).then(), 409, "CONFLICT");
        // a person moved into another agency takes their code along, and there it must be free
        minePerson.put("unitId", theirOffice.toString());
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag(UUID.fromString(id))).body(minePerson)
                .put(PEOPLE + "/" + id).then(), 409, "CONFLICT");
        TestOrg.asRootAdmin().queryParam("q", theirPerson.get("code")).get(PEOPLE).then().body("total", equalTo(2));
    }

    @Test
    void aUnitMovedIntoAnotherAgencyTakesItsPeoplesCodesAlong() {
        UUID from = TestOrg.agency("Codes from");
        UUID to = TestOrg.agency("Codes to");
        UUID office = TestOrg.unit(from, "Moving office", "DEPARTMENT");
        Map<String, Object> mover = person("Lò Văn Chuyển", office);
        TestOrg.as(from, Roles.ADMIN).body(mover).post(PEOPLE).then().statusCode(201);
        Map<String, Object> holder = person("Lò Văn Giữ", to);
        holder.put("code", mover.get("code"));
        String holderId = TestOrg.as(to, Roles.ADMIN).body(holder).post(PEOPLE).then().statusCode(201).extract()
                .path("id");
        String unitTag = TestOrg.asRootAdmin().get("/api/v1/units/" + office).then().extract().header("ETag");
        assertProblem(TestOrg.asRootAdmin().header("If-Match", unitTag).body(Map.of("parentId", to.toString()))
                .post("/api/v1/units/" + office + ":move").then(), 409, "CONFLICT")
                .body("detail", org.hamcrest.Matchers.containsString(mover.get("code").toString()));
        holder.put("code", TestOrg.uniqueCode("FREED"));
        TestOrg.as(to, Roles.ADMIN).header("If-Match", etag(UUID.fromString(holderId))).body(holder)
                .put(PEOPLE + "/" + holderId).then().statusCode(200);
        TestOrg.asRootAdmin().header("If-Match", unitTag).body(Map.of("parentId", to.toString()))
                .post("/api/v1/units/" + office + ":move").then().statusCode(200);
        // the person now counts in the new agency: the code is taken there and free again in the old one
        Map<String, Object> again = person("Lò Thị Mới", to);
        again.put("code", mover.get("code"));
        assertProblem(TestOrg.as(to, Roles.ADMIN).body(again).post(PEOPLE).then(), 409, "CONFLICT");
        again.put("unitId", from.toString());
        TestOrg.as(from, Roles.ADMIN).body(again).post(PEOPLE).then().statusCode(201);
    }

    @Test
    void searchIgnoresAccentsAndCaseInNameAndCode() {
        UUID agency = TestOrg.agency("Search");
        UUID duc = create(agency, "Nguyễn Văn Đức", agency);
        create(agency, "Nguyễn Văn Dũng", agency);
        String ducCode = TestOrg.asRootAdmin().get(PEOPLE + "/" + duc).then().extract().path("code");

        TestOrg.as(agency, Roles.ADMIN).queryParam("q", "nguyen van duc").get(PEOPLE).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].fullName", equalTo("Nguyễn Văn Đức"));
        TestOrg.as(agency, Roles.ADMIN).queryParam("q", "NGUYEN VAN").get(PEOPLE).then()
                .body("total", equalTo(2));
        TestOrg.as(agency, Roles.ADMIN).queryParam("q", ducCode.substring(2).toLowerCase()).get(PEOPLE).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(duc.toString()));
        TestOrg.as(agency, Roles.ADMIN).queryParam("q", "100%_").get(PEOPLE).then().body("total", equalTo(0));
    }

    @Test
    void listsSortByGivenNameByDefaultAndByFamilyNameOnRequest() {
        UUID agency = TestOrg.agency("Sorting");
        List<String> names = List.of("Phạm Văn Đức", "Trần Thị Ánh", "Nguyễn Văn An", "Đỗ Thị Dung",
                "Lê Đức Anh", "Hoàng Văn Bình", "Nguyễn Thị An");
        for (String name : names) {
            create(agency, name, agency);
        }
        List<String> byGiven = List.of("Nguyễn Thị An", "Nguyễn Văn An", "Lê Đức Anh", "Trần Thị Ánh",
                "Hoàng Văn Bình", "Đỗ Thị Dung", "Phạm Văn Đức");
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).get(PEOPLE).then().statusCode(200)
                .body("items.fullName", contains(byGiven.toArray()));
        List<String> descending = new ArrayList<>(byGiven);
        java.util.Collections.reverse(descending);
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).queryParam("sort", "-givenName")
                .get(PEOPLE).then().body("items.fullName", contains(descending.toArray()));
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).queryParam("sort", "familyName")
                .get(PEOPLE).then().body("items.fullName", contains("Đỗ Thị Dung", "Hoàng Văn Bình", "Lê Đức Anh",
                        "Nguyễn Thị An", "Nguyễn Văn An", "Phạm Văn Đức", "Trần Thị Ánh"));
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).queryParam("size", 3)
                .queryParam("page", 1).get(PEOPLE).then()
                .body("total", equalTo(7)).body("totalPages", equalTo(3))
                .body("items.fullName", contains("Trần Thị Ánh", "Hoàng Văn Bình", "Đỗ Thị Dung"));
        assertProblem(TestOrg.as(agency, Roles.ADMIN).queryParam("sort", "email").get(PEOPLE).then(), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("sort"));
    }

    @Test
    void unitListsItsOwnPeopleAndWithinTheWholeSubtree() {
        UUID agency = TestOrg.agency("Filters");
        UUID faculty = TestOrg.unit(agency, "Khoa", "DEPARTMENT");
        UUID atTop = create(agency, "Vũ Văn Một", agency);
        UUID below = create(agency, "Vũ Văn Hai", faculty);
        UUID gone = create(agency, "Vũ Văn Ba", faculty);
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag(gone)).post(PEOPLE + "/" + gone + ":deactivate")
                .then().statusCode(200);

        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).get(PEOPLE).then()
                .body("items.id", contains(atTop.toString()));
        TestOrg.as(agency, Roles.ADMIN).queryParam("within", agency.toString()).get(PEOPLE).then()
                .body("items.id", containsInAnyOrder(atTop.toString(), below.toString(), gone.toString()));
        TestOrg.as(agency, Roles.ADMIN).queryParam("within", agency.toString()).queryParam("active", false)
                .get(PEOPLE).then().body("items.id", contains(gone.toString()));
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", faculty.toString()).queryParam("active", true)
                .get(PEOPLE).then().body("items.id", contains(below.toString()))
                .body("items[0].unitName", equalTo("Khoa"));
        assertProblem(TestOrg.as(agency, Roles.ADMIN).queryParam("active", "yes").get(PEOPLE).then(), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("active"));
    }

    @Test
    void everyRoleReadsButOnlyAdminAndBoardWrite() {
        UUID agency = TestOrg.agency("Roles");
        UUID someone = create(agency, "Mai Thị Hoa", agency);
        String etag = etag(someone);
        for (String role : new String[] {Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.COUNCIL,
                Roles.INTEGRATION}) {
            TestOrg.as(agency, role).get(PEOPLE + "/" + someone).then().statusCode(200);
            TestOrg.as(agency, role).queryParam("unit", agency.toString()).get(PEOPLE).then().statusCode(200)
                    .body("total", equalTo(1));
        }
        for (String role : new String[] {Roles.LEADER, Roles.UNIT_HEAD, Roles.COUNCIL, Roles.INTEGRATION,
                Roles.MEMBER}) {
            assertProblem(TestOrg.as(agency, role).body(person("Kẻ Lạ", agency)).post(PEOPLE).then(), 403,
                    "FORBIDDEN");
            assertProblem(TestOrg.as(agency, role).header("If-Match", etag).body(person("Kẻ Lạ", agency))
                    .put(PEOPLE + "/" + someone).then(), 403, "FORBIDDEN");
            assertProblem(TestOrg.as(agency, role).header("If-Match", etag)
                    .post(PEOPLE + "/" + someone + ":deactivate").then(), 403, "FORBIDDEN");
            assertProblem(TestOrg.as(agency, role).header("If-Match", etag)
                    .post(PEOPLE + "/" + someone + ":activate").then(), 403, "FORBIDDEN");
            assertProblem(TestOrg.as(agency, role).contentType("text/csv")
                    .body("code,fullName,unitCode\n".getBytes()).post(PEOPLE + ":import").then(), 403, "FORBIDDEN");
        }
        assertProblem(io.restassured.RestAssured.given().get(PEOPLE).then(), 401, "UNAUTHORIZED");
    }

    @Test
    void aMemberSeesOnlyThemselves() {
        UUID agency = TestOrg.agency("Members");
        UUID me = create(agency, "Bùi Thị Lan", agency);
        UUID colleague = create(agency, "Bùi Văn Long", agency);

        asPerson(agency, me, Roles.MEMBER).get(PEOPLE + "/" + me).then().statusCode(200)
                .body("fullName", equalTo("Bùi Thị Lan"));
        assertProblem(asPerson(agency, me, Roles.MEMBER).get(PEOPLE + "/" + colleague).then(), 404, "NOT_FOUND");
        asPerson(agency, me, Roles.MEMBER).get(PEOPLE).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(me.toString()));
        asPerson(agency, me, Roles.MEMBER).queryParam("q", "Long").get(PEOPLE).then().body("total", equalTo(0));
        TestOrg.as(agency, Roles.MEMBER).get(PEOPLE).then().statusCode(200).body("total", equalTo(0));
        assertProblem(TestOrg.as(agency, Roles.MEMBER).get(PEOPLE + "/" + me).then(), 404, "NOT_FOUND");
        // a wider role alongside member reads everyone in scope
        asPerson(agency, me, Roles.MEMBER, Roles.UNIT_HEAD).get(PEOPLE + "/" + colleague).then().statusCode(200);

        UUID elsewhere = TestOrg.agency("Elsewhere");
        UUID stranger = create(elsewhere, "Người Lạ", elsewhere);
        assertProblem(asPerson(agency, stranger, Roles.MEMBER).get(PEOPLE + "/" + stranger).then(), 404,
                "NOT_FOUND");
    }

    @Test
    void anotherAgencysPeopleAreInvisibleAndUntouchable() {
        UUID mine = TestOrg.agency("Mine");
        UUID theirs = TestOrg.agency("Theirs");
        UUID theirOffice = TestOrg.unit(theirs, "Their office", "DEPARTMENT");
        UUID them = create(theirs, "Đinh Văn Khác", theirOffice);
        String etag = etag(them);
        Map<String, Object> hijack = person("Đinh Văn Khác", mine);

        for (String role : new String[] {Roles.ADMIN, Roles.BOARD, Roles.UNIT_HEAD}) {
            assertProblem(TestOrg.as(mine, role).get(PEOPLE + "/" + them).then(), 404, "NOT_FOUND")
                    .body("detail", not(org.hamcrest.Matchers.containsString("Đinh")));
            TestOrg.as(mine, role).queryParam("q", "Đinh Văn Khác").get(PEOPLE).then().statusCode(200)
                    .body("total", equalTo(0));
            assertProblem(TestOrg.as(mine, role).queryParam("within", theirs.toString()).get(PEOPLE).then(), 404,
                    "NOT_FOUND");
        }
        for (String role : new String[] {Roles.ADMIN, Roles.BOARD}) {
            assertProblem(TestOrg.as(mine, role).header("If-Match", etag).body(hijack).put(PEOPLE + "/" + them)
                    .then(), 404, "NOT_FOUND");
            assertProblem(TestOrg.as(mine, role).header("If-Match", etag).post(PEOPLE + "/" + them + ":deactivate")
                    .then(), 404, "NOT_FOUND");
            assertProblem(TestOrg.as(mine, role).header("If-Match", etag).post(PEOPLE + "/" + them + ":activate")
                    .then(), 404, "NOT_FOUND");
            assertProblem(TestOrg.as(mine, role).body(person("Cài Cắm", theirOffice)).post(PEOPLE).then(), 404,
                    "NOT_FOUND");
        }
        TestOrg.asRootAdmin().get(PEOPLE + "/" + them).then().body("version", equalTo(0))
                .body("active", equalTo(true));
    }

    @Test
    void aPersonMovesOnlyBetweenUnitsInTheCallersScope() {
        UUID agency = TestOrg.agency("Moves");
        UUID faculty = TestOrg.unit(agency, "Khoa A", "DEPARTMENT");
        UUID office = TestOrg.unit(agency, "Phòng B", "DEPARTMENT");
        Map<String, Object> body = person("Tạ Văn Chuyển", faculty);
        String id = TestOrg.as(agency, Roles.ADMIN).body(body).post(PEOPLE).then().statusCode(201)
                .extract().path("id");

        Map<String, Object> toOffice = new HashMap<>(body);
        toOffice.put("unitId", office.toString());
        // a board officer of the faculty alone cannot move the person into an office outside the faculty
        assertProblem(TestOrg.as(faculty, Roles.BOARD).header("If-Match", "\"0\"").body(toOffice)
                .put(PEOPLE + "/" + id).then(), 404, "NOT_FOUND");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", "\"0\"").body(toOffice).put(PEOPLE + "/" + id).then()
                .statusCode(200).body("unitId", equalTo(office.toString())).body("unitName", equalTo("Phòng B"));
        assertProblem(TestOrg.as(faculty, Roles.ADMIN).get(PEOPLE + "/" + id).then(), 404, "NOT_FOUND");
    }

    @Test
    void anActivePersonIsNeverPlacedInADeactivatedUnit() {
        UUID agency = TestOrg.agency("Closed units");
        UUID closed = TestOrg.unit(agency, "Closed", "DEPARTMENT");
        String unitEtag = TestOrg.asRootAdmin().get("/api/v1/units/" + closed).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", unitEtag).post("/api/v1/units/" + closed + ":deactivate").then()
                .statusCode(200);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(person("Hà Văn Mới", closed)).post(PEOPLE).then(), 409,
                "CONFLICT");

        UUID open = TestOrg.unit(agency, "Open", "DEPARTMENT");
        UUID leaver = create(agency, "Hà Thị Cũ", open);
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag(leaver)).post(PEOPLE + "/" + leaver + ":deactivate")
                .then().statusCode(200);
        String openEtag = TestOrg.asRootAdmin().get("/api/v1/units/" + open).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", openEtag).post("/api/v1/units/" + open + ":deactivate").then()
                .statusCode(200);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag(leaver))
                .post(PEOPLE + "/" + leaver + ":activate").then(), 409, "CONFLICT");
    }

    @Test
    void everyChangeIsAuditedWithItsBeforeAndAfterAndAnnouncedInTheOutbox() throws Exception {
        UUID agency = TestOrg.agency("Audited");
        Map<String, Object> body = person("Phan Văn Cũ", agency);
        body.put("position", "Chuyên viên");
        String id = TestOrg.as(agency, Roles.ADMIN).body(body).post(PEOPLE).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> change = new HashMap<>(body);
        change.put("fullName", "Phan Văn Mới");
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"0\"").body(change).put(PEOPLE + "/" + id).then()
                .statusCode(200);
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"1\"").post(PEOPLE + "/" + id + ":deactivate").then()
                .statusCode(200);
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", "\"2\"").post(PEOPLE + "/" + id + ":activate").then()
                .statusCode(200);

        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from AuditEvent where entityType = 'person' and entityId = ?1 order by id", AuditEvent.class)
                .setParameter(1, id).getResultList());
        assertEquals(List.of("person.created", "person.updated", "person.deactivated", "person.activated"),
                events.stream().map(e -> e.action).toList());
        events.forEach(e -> assertEquals(agency, e.unitId));
        events.forEach(e -> assertEquals("tester-" + agency.toString().substring(0, 8), e.actor));

        JsonNode created = json.readTree(events.get(0).changes);
        assertEquals("Phan Văn Cũ", created.at("/fullName/after").asText());
        assertEquals("Chuyên viên", created.at("/position/after").asText());
        JsonNode updated = json.readTree(events.get(1).changes);
        assertEquals("Phan Văn Cũ", updated.at("/fullName/before").asText());
        assertEquals("Phan Văn Mới", updated.at("/fullName/after").asText());
        assertEquals("Cũ", updated.at("/givenName/before").asText());
        assertEquals("Mới", updated.at("/givenName/after").asText());
        assertEquals(false, updated.has("position"), "unchanged fields are not recorded");
        JsonNode deactivated = json.readTree(events.get(2).changes);
        assertEquals(true, deactivated.at("/active/before").asBoolean());
        assertEquals(false, deactivated.at("/active/after").asBoolean(true));
        for (AuditEvent event : events) {
            assertEquals(false, event.changes.toLowerCase().matches("(?s).*(password|hash|secret|token).*"));
        }

        List<String> outbox = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select type from OutboxEvent where aggregateKind = 'person' and aggregateId = ?1 order by position",
                String.class).setParameter(1, id).getResultList());
        assertEquals(List.of("person.created", "person.updated", "person.deactivated", "person.activated"), outbox);
        OutboxEvent first = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxEvent where aggregateId = ?1 order by position", OutboxEvent.class)
                .setParameter(1, id).setMaxResults(1).getSingleResult());
        assertEquals("Phan Văn Cũ", json.readTree(first.payload).get("fullName").asText());
    }

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOnce() {
        UUID agency = TestOrg.agency("Retries");
        Map<String, Object> body = person("Kiều Thị Một", agency);
        String key = UUID.randomUUID().toString();
        String first = TestOrg.as(agency, Roles.ADMIN).header("Idempotency-Key", key).body(body).post(PEOPLE).then()
                .statusCode(201).extract().path("id");
        TestOrg.as(agency, Roles.ADMIN).header("Idempotency-Key", key).body(body).post(PEOPLE).then()
                .statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        TestOrg.as(agency, Roles.ADMIN).queryParam("unit", agency.toString()).get(PEOPLE).then()
                .body("total", equalTo(1)).body("items.id", hasItem(first));
    }
}
