package vn.thidua.pledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * An agency with a faculty, people in it, and an issued plan whose phase window is open today (or not). Public for the
 * features that follow pledges (evaluations), which start from approved pledges.
 */
public final class PledgeFixtures {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    public final UUID agency = TestOrg.agency("Trường Chính trị");
    public final UUID faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
    public final String planId;
    public final String phaseId;

    public PledgeFixtures(boolean windowOpen) {
        Map<String, Object> phase = new HashMap<>();
        phase.put("number", 1);
        phase.put("name", "Đợt 1");
        phase.put("startDate", TODAY.minusDays(30).toString());
        phase.put("endDate", TODAY.plusDays(60).toString());
        phase.put("registrationOpens", (windowOpen ? TODAY.minusDays(5) : TODAY.minusDays(20)).toString());
        phase.put("registrationCloses", (windowOpen ? TODAY.plusDays(5) : TODAY.minusDays(10)).toString());
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", UUID.randomUUID().toString().substring(0, 6) + "-KH");
        plan.put("title", "Kế hoạch thi đua");
        plan.put("issuingUnitId", agency.toString());
        plan.put("issuedOn", TODAY.minusDays(31).toString());
        plan.put("kind", "ANNUAL");
        plan.put("startDate", TODAY.minusDays(60).toString());
        plan.put("endDate", TODAY.plusDays(90).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
        plan.put("phases", List.of(phase));
        planId = TestOrg.as(agency, Roles.BOARD).body(plan).post("/api/v1/plans").then().statusCode(201)
                .extract().path("id");
        String etag = TestOrg.as(agency, Roles.BOARD).get("/api/v1/plans/" + planId).then().extract().header("ETag");
        phaseId = TestOrg.as(agency, Roles.BOARD).header("If-Match", etag).post("/api/v1/plans/" + planId + ":issue")
                .then().statusCode(200).extract().path("phases[0].id");
    }

    /** A person in the faculty (created by a root admin); returns its id. */
    public UUID person(String fullName) {
        String code = TestOrg.uniqueCode("P");
        String id = TestOrg.asRootAdmin().body(Map.of("code", code, "fullName", fullName, "unitId", faculty.toString()))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> forPerson(UUID person, String... titles) {
        return Map.of("subjectKind", "PERSON", "personId", person.toString(), "titles", List.of(titles),
                "commitments", List.of(Map.of("movementKey", "GD5T", "text", "Giảng đủ giờ chuẩn, không vi phạm")));
    }

    public static Map<String, Object> forUnit(UUID unit, String... titles) {
        return Map.of("subjectKind", "UNIT", "unitId", unit.toString(), "titles", List.of(titles));
    }

    /** A pledge registered, submitted and approved by the board of the agency, which issued the plan. */
    public String approved(Map<String, Object> pledge) {
        var board = TestOrg.as(agency, Roles.BOARD);
        var created = board.body(pledge).post("/api/v1/plans/" + planId + "/pledges").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = TestOrg.as(agency, Roles.BOARD).header("If-Match", created.header("ETag")).body(Map.of())
                .post("/api/v1/pledges/" + id + ":submit").then().statusCode(200).extract().header("ETag");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", etag).post("/api/v1/pledges/" + id + ":approve").then()
                .statusCode(200);
        return id;
    }
}
