package vn.thidua.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * A small agency whose figures of 2025 are known by hand, built through the API only: a faculty of 7 people (and one
 * who left) and an office of 5, an issued plan of 2025 with pledges and evaluations in several states, awards of the
 * year imported into history (and one of 2024, which no report of 2025 may count), a signed decision of LĐTT with
 * three lines of which one is revoked and partly recovered, and a signed decision of Giấy khen.
 * <pre>
 *              people  LĐTT  CSTĐCS  collective        forms                         cash (VND)
 * faculty      7       4*    1       ADVANCED_COLL.    PROVINCE_COMM., CERT. (dec.)   710,000 + 710,000; revoked 710,000
 * office       5       3*    0       EXCELLENT_COLL.   CERT. (imported)              710,000
 * (* one of them by the decision)
 * </pre>
 */
final class ReportWorld {

    static final int YEAR = 2025;
    static final String LDTT = "ADVANCED_WORKER";
    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String GIAY_KHEN = "CERTIFICATE_OF_MERIT";
    static final LocalDate SIGNED_ON = LocalDate.of(YEAR, 12, 30);
    static final String OVERRIDE = "Hội đồng đã xét trên hồ sơ giấy ngày 26/12/2025";

    final UUID agency = TestOrg.agency("Trường Chính trị " + TestOrg.uniqueCode(""));
    final UUID faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
    final UUID office = TestOrg.unit(agency, "Phòng Tổ chức - Hành chính", "DEPARTMENT");
    final String planId;
    final List<UUID> a;
    final List<UUID> b;

    ReportWorld() {
        planId = plan();
        a = List.of(person("Lò Văn An", faculty), person("Tòng Thị Bình", faculty), person("Lường Văn Cường", faculty),
                person("Điêu Thị Dung", faculty), person("Quàng Văn Em", faculty), person("Cầm Thị Giang", faculty),
                person("Lò Thị Hà", faculty));
        b = List.of(person("Hoàng Văn Khánh", office), person("Vì Thị Lan", office), person("Sùng A Mua", office),
                person("Lý Thị Ngân", office), person("Giàng A Páo", office));
        UUID left = person("Nguyễn Văn Quân", faculty);
        String etag = TestOrg.asRootAdmin().get("/api/v1/people/" + left).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).post("/api/v1/people/" + left + ":deactivate").then()
                .statusCode(200);

        pledge(personPledge(a.get(0), LDTT, CSTDCS), "APPROVED");
        pledge(personPledge(a.get(1), LDTT), "APPROVED");
        pledge(personPledge(a.get(2), LDTT), "SUBMITTED");
        pledge(personPledge(a.get(6), LDTT), "DRAFT");
        pledge(personPledge(a.get(5), LDTT), "WITHDRAWN");
        pledge(Map.of("subjectKind", "UNIT", "unitId", faculty.toString(), "titles", List.of("ADVANCED_COLLECTIVE")),
                "APPROVED");
        pledge(personPledge(b.get(0), LDTT), "APPROVED");
        pledge(personPledge(b.get(1), LDTT), "SUBMITTED");

        String reviewed = evaluation(a.get(0));
        put(reviewed, "self-assessment", Map.of("achievements", "Hoàn thành xuất sắc nhiệm vụ giảng dạy"));
        act(reviewed, "self-assess");
        Map<String, Object> review = new HashMap<>();
        review.put("proposedTitles", List.of(LDTT, CSTDCS));
        review.put("proposedForms", List.of(GIAY_KHEN));
        review.put("meetingDate", LocalDate.of(YEAR, 12, 20).toString());
        review.put("votesFor", 18);
        review.put("votesAgainst", 1);
        review.put("votesTotal", 20);
        review.put("attestations", Map.of("SOLIDARITY_AND_MOVEMENTS", Map.of("attested", true)));
        put(reviewed, "review", review);
        act(reviewed, "review");
        evaluation(a.get(1));
        String selfAssessed = evaluation(b.get(0));
        put(selfAssessed, "self-assessment", Map.of("achievements", "Hoàn thành tốt nhiệm vụ"));
        act(selfAssessed, "self-assess");

        imported(a.get(0), null, YEAR, LDTT);
        imported(a.get(1), null, YEAR, LDTT);
        imported(a.get(2), null, YEAR, LDTT);
        imported(a.get(0), null, YEAR, CSTDCS);
        imported(a.get(1), null, YEAR, "PROVINCE_COMMENDATION");
        imported(a.get(3), null, YEAR - 1, LDTT);
        imported(null, faculty, YEAR, "ADVANCED_COLLECTIVE");
        imported(b.get(0), null, YEAR, LDTT);
        imported(b.get(1), null, YEAR, LDTT);
        imported(b.get(2), null, YEAR, GIAY_KHEN);
        imported(null, office, YEAR, "EXCELLENT_COLLECTIVE");

        String titles = draft(LDTT, planId);
        line(titles, a.get(3), LDTT);
        String revokedLine = line(titles, a.get(4), LDTT);
        line(titles, b.get(3), LDTT);
        sign(titles);
        leader().header("If-Match", etag(titles)).body(Map.of("ground", "FALSIFIED_ACHIEVEMENTS", "reason",
                "Kết luận thanh tra số 05/KL-TTr", "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng",
                "decisionDate", LocalDate.of(YEAR, 12, 31).toString(), "awardeeIds", List.of(revokedLine)))
                .post("/api/v1/decisions/" + titles + ":revoke").then().statusCode(201);
        String path = "/api/v1/decisions/" + titles + "/awardees/" + revokedLine;
        String lineEtag = board().get(path).then().statusCode(200).extract().header("ETag");
        board().header("If-Match", lineEtag).body(Map.of("recoveredVnd", 500_000, "recoveredOn",
                LocalDate.of(YEAR + 1, 1, 5).toString())).put(path + "/recovery").then().statusCode(200);

        String merit = draft(GIAY_KHEN, null);
        line(merit, a.get(5), GIAY_KHEN);
        sign(merit);
    }

    RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    RequestSpecification leader() {
        return TestOrg.as(agency, Roles.LEADER);
    }

    private String plan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", TestOrg.uniqueCode("KH"));
        plan.put("title", "Kế hoạch phát động phong trào thi đua năm " + YEAR);
        plan.put("issuingUnitId", agency.toString());
        plan.put("issuedOn", LocalDate.of(YEAR, 1, 5).toString());
        plan.put("kind", "ANNUAL");
        plan.put("year", YEAR);
        plan.put("startDate", LocalDate.of(YEAR, 1, 1).toString());
        plan.put("endDate", LocalDate.of(YEAR, 12, 31).toString());
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
        String id = board().body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String etag = board().get("/api/v1/plans/" + id).then().extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/plans/" + id + ":issue").then().statusCode(200);
        return id;
    }

    private static UUID person(String fullName, UUID unit) {
        String id = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("P"), "fullName", fullName,
                "unitId", unit.toString(), "position", "Giảng viên")).post("/api/v1/people").then()
                .statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static Map<String, Object> personPledge(UUID person, String... titles) {
        return Map.of("subjectKind", "PERSON", "personId", person.toString(), "titles", List.of(titles));
    }

    /** A pledge taken to {@code status} by the agency's board. */
    private void pledge(Map<String, Object> body, String status) {
        var created = board().body(body).post("/api/v1/plans/" + planId + "/pledges").then().statusCode(201)
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        if (status.equals("WITHDRAWN")) {
            board().header("If-Match", etag).post("/api/v1/pledges/" + id + ":withdraw").then().statusCode(200);
            return;
        }
        if (status.equals("DRAFT")) {
            return;
        }
        etag = board().header("If-Match", etag).body(Map.of()).post("/api/v1/pledges/" + id + ":submit").then()
                .statusCode(200).extract().header("ETag");
        if (status.equals("APPROVED")) {
            board().header("If-Match", etag).post("/api/v1/pledges/" + id + ":approve").then().statusCode(200);
        }
    }

    private String evaluation(UUID person) {
        return board().body(Map.of("personId", person.toString())).post("/api/v1/plans/" + planId + "/evaluations")
                .then().statusCode(201).extract().path("id");
    }

    private void put(String evaluation, String part, Object body) {
        String etag = board().get("/api/v1/evaluations/" + evaluation).then().extract().header("ETag");
        board().header("If-Match", etag).body(body).put("/api/v1/evaluations/" + evaluation + "/" + part).then()
                .statusCode(200);
    }

    private void act(String evaluation, String action) {
        String etag = board().get("/api/v1/evaluations/" + evaluation).then().extract().header("ETag");
        board().header("If-Match", etag).post("/api/v1/evaluations/" + evaluation + ":" + action).then()
                .statusCode(200);
    }

    private void imported(UUID person, UUID unit, int year, String award) {
        Map<String, Object> body = new HashMap<>();
        if (person != null) {
            body.put("personId", person.toString());
        } else {
            body.put("unitId", unit.toString());
        }
        body.put("year", year);
        body.put("awardCode", award);
        body.put("decisionNumber", TestOrg.uniqueCode("QĐ"));
        body.put("decisionDate", LocalDate.of(year, 12, 28).toString());
        board().body(body).post("/api/v1/award-records").then().statusCode(201);
    }

    private String draft(String award, String plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("awardCode", award);
        body.put("title", "Về việc khen thưởng năm " + YEAR);
        if (plan != null) {
            body.put("planId", plan);
        } else {
            body.put("year", YEAR);
        }
        body.put("legalBases", List.of(Map.of("reference", "Luật Thi đua, khen thưởng ngày 15/6/2022")));
        body.put("recipients", List.of("Như Điều 3", "Lưu: VT, TCHC"));
        body.put("signerName", "Lường Văn Thành");
        body.put("signerPosition", "Hiệu trưởng");
        body.put("decisionDate", SIGNED_ON.toString());
        return board().body(body).post("/api/v1/decisions").then().statusCode(201).extract().path("id");
    }

    private String line(String decision, UUID person, String award) {
        return board().body(Map.of("subjectKind", "PERSON", "subjectId", person.toString(), "awardCode", award,
                "citation", "Đã có thành tích năm " + YEAR, "overrideReason", OVERRIDE))
                .post("/api/v1/decisions/" + decision + "/awardees").then().statusCode(201).extract().path("id");
    }

    private String etag(String decision) {
        return board().get("/api/v1/decisions/" + decision).then().statusCode(200).extract().header("ETag");
    }

    private void sign(String decision) {
        leader().header("If-Match", etag(decision)).body(Map.of("decisionDate", SIGNED_ON.toString()))
                .post("/api/v1/decisions/" + decision + ":sign").then().statusCode(200);
    }
}
