package vn.thidua.decision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * An agency with a faculty and an issued annual plan of a year, whose staff are made eligible (or not) through the
 * real API: assessments, approved pledges, reviewed evaluations with the solidarity attestation. Decisions are then
 * drafted, signed and revoked through the API: they are what the tests try.
 */
public final class DecisionWorld {

    public static final String LDTT = "ADVANCED_WORKER";
    public static final String TTLDTT = "ADVANCED_COLLECTIVE";
    public static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    public static final String GIAY_KHEN = "CERTIFICATE_OF_MERIT";
    public static final String BANG_KHEN = "PROVINCE_COMMENDATION";

    public final UUID agency;
    public final UUID faculty;
    public final int year;
    public final String planId;

    public DecisionWorld(int year) {
        this(TestOrg.agency("Trường Chính trị " + UUID.randomUUID().toString().substring(0, 4)), year);
    }

    public DecisionWorld(UUID agency, int year) {
        this.agency = agency;
        this.faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        this.year = year;
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", UUID.randomUUID().toString().substring(0, 6) + "-KH/TCT");
        plan.put("title", "Kế hoạch phát động phong trào thi đua năm " + year);
        plan.put("issuingUnitId", agency.toString());
        plan.put("issuedOn", LocalDate.of(year, 1, 5).toString());
        plan.put("kind", "ANNUAL");
        plan.put("year", year);
        plan.put("startDate", LocalDate.of(year, 1, 1).toString());
        plan.put("endDate", LocalDate.of(year, 12, 31).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
        planId = board().body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String etag = board().get("/api/v1/plans/" + planId).then().extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/plans/" + planId + ":issue").then().statusCode(200);
    }

    public RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    public RequestSpecification leader() {
        return TestOrg.as(agency, Roles.LEADER);
    }

    public UUID person(String fullName) {
        String id = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("P"), "fullName", fullName,
                "unitId", faculty.toString(), "position", "Giảng viên")).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A person who passes LĐTT for the plan's year: rated GOOD, pledged, reviewed with solidarity attested. */
    public UUID advancedWorker(String fullName) {
        UUID person = person(fullName);
        rated(person, year, "GOOD");
        pledge(person, LDTT);
        evaluation(person, LDTT);
        return person;
    }

    public void rated(UUID person, int inYear, String rating) {
        board().body(Map.of("personId", person.toString(), "year", inYear, "rating", rating, "monthsEmployed", 12))
                .post("/api/v1/annual-assessments").then().statusCode(201);
    }

    public void awarded(UUID person, int inYear, String code) {
        board().body(Map.of("personId", person.toString(), "year", inYear, "awardCode", code,
                "decisionNumber", UUID.randomUUID().toString().substring(0, 4) + "/QĐ-CU",
                "decisionDate", LocalDate.of(inYear + 1, 1, 10).toString()))
                .post("/api/v1/award-records").then().statusCode(201);
    }

    public void pendingProceeding(UUID person) {
        board().body(Map.of("personId", person.toString(), "kind", "INSPECTION",
                "openedOn", LocalDate.of(year, 10, 1).toString(), "reference", "Quyết định thanh tra 12/QĐ-TTr"))
                .post("/api/v1/disciplinary-proceedings").then().statusCode(201);
    }

    public void pledge(UUID person, String... titles) {
        var created = board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(), "titles",
                List.of(titles))).post("/api/v1/plans/" + planId + "/pledges").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = board().header("If-Match", created.header("ETag")).body(Map.of())
                .post("/api/v1/pledges/" + id + ":submit").then().statusCode(200).extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/pledges/" + id + ":approve").then().statusCode(200);
    }

    /** The person's evaluation, reviewed by the unit with solidarity attested; its id. */
    public String evaluation(UUID person, String... proposed) {
        String id = board().body(Map.of("personId", person.toString())).post("/api/v1/plans/" + planId
                + "/evaluations").then().statusCode(201).extract().path("id");
        put(id, "self-assessment", Map.of("achievements", "Hoàn thành tốt nhiệm vụ giảng dạy"));
        act(id, "self-assess");
        Map<String, Object> review = new HashMap<>();
        review.put("proposedTitles", List.of(proposed));
        review.put("meetingDate", LocalDate.of(year, 12, 20).isAfter(LocalDate.now())
                ? LocalDate.now().minusDays(1).toString() : LocalDate.of(year, 12, 20).toString());
        review.put("votesFor", 18);
        review.put("votesAgainst", 1);
        review.put("votesTotal", 20);
        review.put("attestations", Map.of("SOLIDARITY_AND_MOVEMENTS", Map.of("attested", true)));
        put(id, "review", review);
        return id;
    }

    /** Sends the reviewed evaluation to the council. */
    public void submit(String evaluation) {
        act(evaluation, "review");
        act(evaluation, "submit");
    }

    private void put(String id, String part, Object body) {
        String etag = board().get("/api/v1/evaluations/" + id).then().extract().header("ETag");
        board().header("If-Match", etag).body(body).put("/api/v1/evaluations/" + id + "/" + part).then()
                .statusCode(200);
    }

    private void act(String id, String action) {
        String etag = board().get("/api/v1/evaluations/" + id).then().extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/evaluations/" + id + ":" + action).then().statusCode(200);
    }

    // --- decisions ----------------------------------------------------------------------------------------------

    /** A draft of the agency for {@code awardCode} under the plan, dated {@code date}; its id. */
    public String draft(String awardCode, LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("awardCode", awardCode);
        body.put("title", "Về việc công nhận danh hiệu thi đua năm " + year);
        body.put("planId", planId);
        body.put("legalBases", List.of(Map.of("reference", "Luật Thi đua, khen thưởng ngày 15/6/2022")));
        body.put("recipients", List.of("Như Điều 3", "Lưu: VT, TCHC"));
        body.put("signerName", "Lường Văn Thành");
        body.put("signerPosition", "Hiệu trưởng");
        body.put("decisionDate", date.toString());
        return board().body(body).post("/api/v1/decisions").then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse add(String decision, UUID person, String awardCode, String overrideReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "PERSON");
        body.put("subjectId", person.toString());
        body.put("awardCode", awardCode);
        body.put("citation", "Đã có thành tích hoàn thành tốt nhiệm vụ năm " + year);
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return board().body(body).post("/api/v1/decisions/" + decision + "/awardees").then();
    }

    public ValidatableResponse addUnit(String decision, UUID unit, String awardCode, String overrideReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "UNIT");
        body.put("subjectId", unit.toString());
        body.put("awardCode", awardCode);
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return board().body(body).post("/api/v1/decisions/" + decision + "/awardees").then();
    }

    public String etag(String decision) {
        return board().get("/api/v1/decisions/" + decision).then().statusCode(200).extract().header("ETag");
    }

    public ValidatableResponse sign(String decision, Map<String, Object> body) {
        return leader().header("If-Match", etag(decision)).body(body)
                .post("/api/v1/decisions/" + decision + ":sign").then();
    }

    public JsonPath signed(String decision, LocalDate date) {
        return sign(decision, Map.of("decisionDate", date.toString())).statusCode(200).extract().jsonPath();
    }

    /** Signed by the leader, who confers every line still without its council vote, giving {@code reason}. */
    public JsonPath signedOverridingVotes(String decision, LocalDate date, String reason) {
        List<String> missing = awardees(decision).getList("items.findAll { it.vote.basis == 'MISSING' }.id");
        return sign(decision, Map.of("decisionDate", date.toString(), "voteOverrides", missing.stream()
                .map(id -> Map.of("awardeeId", id, "reason", reason)).toList())).statusCode(200).extract().jsonPath();
    }

    public JsonPath awardees(String decision) {
        return board().get("/api/v1/decisions/" + decision + "/awardees").then().statusCode(200).extract().jsonPath();
    }
}
