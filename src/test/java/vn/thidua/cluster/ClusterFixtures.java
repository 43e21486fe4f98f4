package vn.thidua.cluster;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * A province under the root organising a cluster of three of its schools (the first heads it) and one external school
 * of another province, plus an agency of the province that is no member; all made through the API. The scoring table
 * has one group of two criteria (I.1 up to 30, I.2 up to 20 points, the group up to 50), a bonus item B1 (up to 5) and
 * a penalty item P1 (up to 5).
 */
public final class ClusterFixtures {

    public static final String BASE = "/api/v1/clusters/";

    public final UUID province = TestOrg.unit(TestOrg.root(), "Tỉnh " + TestOrg.uniqueCode("T"), "PROVINCE");
    public final UUID schoolA = TestOrg.unit(province, "Trường Chính trị A " + TestOrg.uniqueCode(""), "AGENCY");
    public final UUID schoolB = TestOrg.unit(province, "Trường Chính trị B " + TestOrg.uniqueCode(""), "AGENCY");
    public final UUID schoolC = TestOrg.unit(province, "Trường Chính trị C " + TestOrg.uniqueCode(""), "AGENCY");
    public final UUID outsider = TestOrg.unit(province, "Sở Y tế " + TestOrg.uniqueCode(""), "AGENCY");
    /** A department of school A: its unit head reads the cluster as one of A's accounts. */
    public final UUID facultyA = TestOrg.unit(schoolA, "Khoa Lý luận cơ sở", "DEPARTMENT");

    public String cluster;
    public String memberA;
    public String memberB;
    public String memberC;
    public String external;

    /** A cluster of the province with A, B, C and the external school from {@code year}, A heading {@code year}. */
    public ClusterFixtures(int year, String mode, String method) {
        cluster = createCluster(mode, method);
        memberA = member(schoolA, null, year);
        memberB = member(schoolB, null, year);
        memberC = member(schoolC, null, year);
        external = member(null, "Trường Chính trị tỉnh Lào Cai", year);
        appoint(year, memberA, memberB);
    }

    public RequestSpecification organiser() {
        return TestOrg.as(province, Roles.BOARD);
    }

    public static RequestSpecification board(UUID unit) {
        return TestOrg.as(unit, Roles.BOARD);
    }

    public String createCluster(String mode, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("organiserUnitId", province.toString());
        body.put("kind", "CLUSTER");
        body.put("name", "Cụm thi đua các trường chính trị " + TestOrg.uniqueCode(""));
        body.put("crossScoringMode", mode);
        body.put("finalScoreMethod", method);
        body.put("outlierDeviationPct", 10);
        return organiser().body(body).post("/api/v1/clusters").then().statusCode(201).extract().path("id");
    }

    /** A member unit (name null: the unit's own), or an external school of Lào Cai (unit null). */
    public String member(UUID unit, String name, int fromYear) {
        Map<String, Object> body = new HashMap<>();
        if (unit != null) {
            body.put("unitId", unit.toString());
        } else {
            body.put("name", name);
            body.put("province", "Lào Cai");
        }
        body.put("fromYear", fromYear);
        return organiser().body(body).post(BASE + cluster + "/members").then().statusCode(201).extract().path("id");
    }

    public ValidatableResponse appoint(int year, String head, String deputy) {
        String etag = organiser().get(BASE + cluster + "/leadership/" + year).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>();
        body.put("headMemberId", head);
        if (deputy != null) {
            body.put("deputyMemberId", deputy);
        }
        body.put("basis", "Quyết định phân công năm " + year);
        RequestSpecification request = organiser().body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(BASE + cluster + "/leadership/" + year).then();
    }

    public static Map<String, Object> tableContent(int criterionOneMax) {
        return Map.of("groups", List.of(Map.of("code", "I", "title", "Thực hiện nhiệm vụ chính trị", "maxPoints", 50,
                        "criteria", List.of(
                                item("I.1", "Hoàn thành kế hoạch đào tạo, bồi dưỡng", criterionOneMax),
                                item("I.2", "Nghiên cứu khoa học, tổng kết thực tiễn", 20)))),
                "bonuses", List.of(item("B1", "Được cấp trên khen thưởng đột xuất", 5)),
                "penalties", List.of(item("P1", "Để xảy ra vi phạm kỷ luật", 5)));
    }

    private static Map<String, Object> item(String code, String title, int max) {
        return Map.of("code", code, "title", title, "maxPoints", max, "guidance", "Chấm theo mức độ hoàn thành.");
    }

    public String table(int year) {
        return organiser().body(Map.of("year", year, "title", "Bảng chấm điểm năm " + year, "content",
                tableContent(30))).post(BASE + cluster + "/scoring-tables").then().statusCode(201).extract().path("id");
    }

    /** Entries giving I.1 and I.2 the points, optionally a bonus and a penalty. */
    public static List<Map<String, Object>> entries(double one, double two, double bonus, double penalty) {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(Map.of("code", "I.1", "points", BigDecimal.valueOf(one), "note", "Hoàn thành kế hoạch",
                "evidence", List.of(Map.of("title", "Báo cáo tổng kết năm", "url",
                        "https://truongchinhtri.gov.vn/files/bao-cao.pdf", "checksum",
                        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))));
        entries.add(Map.of("code", "I.2", "points", BigDecimal.valueOf(two)));
        if (bonus > 0) {
            entries.add(Map.of("code", "B1", "points", BigDecimal.valueOf(bonus)));
        }
        if (penalty > 0) {
            entries.add(Map.of("code", "P1", "points", BigDecimal.valueOf(penalty)));
        }
        return entries;
    }

    /** Enters a sheet as {@code as}; the answer. */
    public ValidatableResponse sheet(RequestSpecification as, int year, String scored, String scorer,
            List<Map<String, Object>> entries) {
        Map<String, Object> body = new HashMap<>();
        body.put("scoredMemberId", scored);
        if (scorer != null) {
            body.put("scorerMemberId", scorer);
        }
        body.put("entries", entries);
        return as.body(body).post(BASE + cluster + "/scoring/" + year + "/sheets").then();
    }

    public String roundEtag(int year) {
        return organiser().get(BASE + cluster + "/scoring/" + year).then().statusCode(200).extract().header("ETag");
    }

    /** An act on the year's scoring by the head's board (school A). */
    public ValidatableResponse scoringAct(int year, String act) {
        RequestSpecification request = board(schoolA);
        if (!act.equals("open")) {
            request = request.header("If-Match", roundEtag(year));
        }
        return request.post(BASE + cluster + "/scoring/" + year + ":" + act).then();
    }
}
