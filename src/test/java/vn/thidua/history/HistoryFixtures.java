package vn.thidua.history;

import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/** An agency with two faculties and people in them; requests as its board, a unit head, or one of its people. */
final class HistoryFixtures {

    final UUID agency = TestOrg.agency("Trường Chính trị");
    final UUID faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
    final UUID office = TestOrg.unit(agency, "Phòng Tổ chức - Hành chính", "DEPARTMENT");
    final String facultyCode = code(faculty);

    /** A person made by a root administrator: id and code. */
    record Person(UUID id, String code) {
    }

    Person person(UUID unit, String fullName) {
        String code = TestOrg.uniqueCode("CB");
        String id = TestOrg.asRootAdmin().body(Map.of("code", code, "fullName", fullName, "unitId", unit.toString()))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        return new Person(UUID.fromString(id), code);
    }

    Person person() {
        return person(faculty, "Nguyễn Văn Đức");
    }

    RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    RequestSpecification as(UUID unit, String role) {
        return TestOrg.as(unit, role);
    }

    RequestSpecification member(Person person) {
        return io.restassured.RestAssured.given().contentType("application/json").accept("application/json").auth()
                .oauth2(TestTokens.asPerson(faculty, person.id(), Roles.MEMBER));
    }

    static String code(UUID unit) {
        return TestOrg.asRootAdmin().get("/api/v1/units/" + unit).then().statusCode(200).extract().path("code");
    }
}
