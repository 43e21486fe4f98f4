package vn.thidua.cluster;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.cluster.ClusterFixtures.BASE;
import static vn.thidua.cluster.ClusterFixtures.board;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * Clusters, their members (units and external agencies), the head and deputy year by year, and the covenant; who may
 * see and do what: the organiser manages, the head runs the covenant, each member signs for itself (the head for an
 * external one), an agency that is no member does not see the cluster at all.
 */
@QuarkusTest
class ClusterTest {

    @Test
    void theOrganiserBuildsAClusterWithUnitsAndAnExternalAgency() {
        ClusterFixtures f = new ClusterFixtures(2022, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        f.organiser().get(BASE + f.cluster).then().statusCode(200).body("memberCount", equalTo(4))
                .body("kind", equalTo("CLUSTER")).body("crossScoringMode", equalTo("EVERY_OTHER_MEMBER"))
                .body("outlierDeviationPct", equalTo(10.0f));
        f.organiser().get(BASE + f.cluster + "/members?year=2022").then().statusCode(200)
                .body("find { it.id == '" + f.external + "' }.external", equalTo(true))
                .body("find { it.id == '" + f.external + "' }.province", equalTo("Lào Cai"))
                .body("find { it.id == '" + f.memberA + "' }.unitId", equalTo(f.schoolA.toString()));
        assertProblem(f.organiser().body(Map.of("unitId", f.schoolB.toString(), "fromYear", 2024))
                .post(BASE + f.cluster + "/members").then(), 409, "CONFLICT");
        assertProblem(f.organiser().body(Map.of("name", "Trường Chính trị tỉnh Hà Giang", "fromYear", 2022))
                .post(BASE + f.cluster + "/members").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("province"));
        assertProblem(f.organiser().body(Map.of("organiserUnitId", f.schoolA.toString(), "kind", "BLOCK", "name",
                "Khối văn hóa – xã hội")).post("/api/v1/clusters").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("NOT_PROVINCE_OR_MINISTRY"));

        String etag = f.organiser().get(BASE + f.cluster + "/members/" + f.memberC).then().extract().header("ETag");
        f.organiser().header("If-Match", etag).body(Map.of("toYear", 2023))
                .patch(BASE + f.cluster + "/members/" + f.memberC).then().statusCode(200).body("toYear", equalTo(2023));
        f.organiser().get(BASE + f.cluster + "/members?year=2024").then().body("id", not(hasItem(f.memberC)));
    }

    @Test
    void eachYearHasItsOwnHeadAndTheRotationKeepsItsHistory() {
        ClusterFixtures f = new ClusterFixtures(2022, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        f.appoint(2023, f.memberB, f.external).statusCode(200).body("headName", not(nullValue()));
        f.appoint(2023, f.memberC, f.memberA).statusCode(200);
        f.organiser().get(BASE + f.cluster + "/leadership").then().statusCode(200)
                .body("year", equalTo(List.of(2023, 2022)))
                .body("headMemberId", equalTo(List.of(f.memberC, f.memberA)))
                .body("deputyMemberId", equalTo(List.of(f.memberA, f.memberB)));
        // an external head has no accounts here: the organiser's board runs its year
        f.appoint(2024, f.external, null).statusCode(200).body("headMemberId", equalTo(f.external));
        Map<String, Object> draft = Map.of("title", "Giao ước thi đua năm 2024", "content", "Nội dung giao ước");
        assertProblem(board(f.schoolA).body(draft).put(BASE + f.cluster + "/covenants/2024").then(), 403,
                "FORBIDDEN");
        f.organiser().body(draft).put(BASE + f.cluster + "/covenants/2024").then().statusCode(200);
        String etag = f.organiser().get(BASE + f.cluster + "/leadership/2022").then().extract().header("ETag");
        assertProblem(f.organiser().body(Map.of("headMemberId", f.memberB))
                .put(BASE + f.cluster + "/leadership/2022").then(), 428, "PRECONDITION_REQUIRED");
        assertProblem(board(f.schoolA).header("If-Match", etag).body(Map.of("headMemberId", f.memberB))
                .put(BASE + f.cluster + "/leadership/2022").then(), 403, "FORBIDDEN");
    }

    @Test
    void theCovenantIsDraftedByTheHeadSignedByEveryMemberAndThenFixed() {
        ClusterFixtures f = new ClusterFixtures(2022, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        String path = BASE + f.cluster + "/covenants/2022";
        Map<String, Object> draft = Map.of("title", "Giao ước thi đua năm 2022", "content",
                "Các trường cam kết thi đua hoàn thành xuất sắc nhiệm vụ năm 2022.", "targets",
                List.of("100% giảng viên đạt chuẩn", "Mỗi trường ít nhất 02 đề tài khoa học"));
        assertProblem(board(f.schoolB).body(draft).put(path).then(), 403, "FORBIDDEN");
        board(f.schoolA).body(draft).put(path).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("targets.size()", equalTo(2)).body("unsigned.size()", equalTo(4));
        assertProblem(sign(board(f.schoolA), path, f.memberA), 409, "CONFLICT");
        board(f.schoolA).header("If-Match", etag(f, path)).post(path + ":open-for-signing").then().statusCode(200)
                .body("status", equalTo("SIGNING"));
        assertProblem(board(f.schoolA).header("If-Match", etag(f, path)).body(draft).put(path).then(), 409,
                "CONFLICT");

        sign(board(f.schoolA), path, f.memberA).statusCode(200).body("status", equalTo("SIGNING"));
        assertProblem(sign(board(f.schoolB), path, f.memberC), 403, "FORBIDDEN");
        assertProblem(sign(board(f.schoolB), path, f.external), 403, "FORBIDDEN");
        assertProblem(sign(board(f.schoolA), path, f.memberA), 409, "CONFLICT");
        sign(board(f.schoolB), path, f.memberB).statusCode(200);
        sign(board(f.schoolA), path, f.external).statusCode(200).body("status", equalTo("SIGNING"))
                .body("unsigned.memberId", equalTo(List.of(f.memberC)));
        sign(board(f.schoolC), path, f.memberC).statusCode(200).body("status", equalTo("FIXED"))
                .body("signatures.memberId", containsInAnyOrder(f.memberA, f.memberB, f.memberC, f.external))
                .body("signatures.find { it.memberId == '" + f.external + "' }.recordedBy",
                        equalTo("tester-" + f.schoolA.toString().substring(0, 8)))
                .body("unsigned.size()", equalTo(0));
        assertProblem(board(f.schoolA).header("If-Match", etag(f, path)).post(path + ":fix").then(), 409,
                "CONFLICT");
    }

    @Test
    void theHeadMayFixTheCovenantWithTheSignaturesItHas() {
        ClusterFixtures f = new ClusterFixtures(2022, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        String path = BASE + f.cluster + "/covenants/2022";
        board(f.schoolA).body(Map.of("title", "Giao ước", "content", "Nội dung")).put(path).then().statusCode(200);
        board(f.schoolA).header("If-Match", etag(f, path)).post(path + ":open-for-signing").then().statusCode(200);
        sign(board(f.schoolA), path, f.memberA).statusCode(200);
        assertProblem(board(f.schoolB).header("If-Match", etag(f, path)).post(path + ":fix").then(), 403,
                "FORBIDDEN");
        board(f.schoolA).header("If-Match", etag(f, path)).post(path + ":fix").then().statusCode(200)
                .body("status", equalTo("FIXED")).body("unsigned.size()", equalTo(3));
        assertProblem(sign(board(f.schoolB), path, f.memberB), 409, "CONFLICT");
    }

    @Test
    void anAgencySeesOnlyTheClustersItBelongsTo() {
        ClusterFixtures f = new ClusterFixtures(2022, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        ClusterFixtures other = new ClusterFixtures(2022, "HEAD_ONLY", "TRIMMED_MEAN");
        board(f.schoolB).get("/api/v1/clusters?size=200").then().statusCode(200)
                .body("items.id", hasItem(f.cluster)).body("items.id", not(hasItem(other.cluster)));
        TestOrg.as(f.facultyA, Roles.UNIT_HEAD).get(BASE + f.cluster + "/members").then().statusCode(200);
        TestOrg.as(f.schoolB, Roles.LEADER).get(BASE + f.cluster + "/leadership").then().statusCode(200);
        for (RequestSpecification stranger : List.of(board(f.outsider), board(other.schoolA),
                TestOrg.as(f.outsider, Roles.LEADER))) {
            assertProblem(stranger.get(BASE + f.cluster).then(), 404, "NOT_FOUND");
        }
        board(f.outsider).get("/api/v1/clusters?size=200").then().body("items.id", not(hasItem(f.cluster)));
        assertProblem(TestOrg.as(f.schoolB, Roles.MEMBER).get(BASE + f.cluster).then(), 403, "FORBIDDEN");
        assertProblem(board(f.schoolB).body(Map.of("name", "Cụm mới")).header("If-Match", "\"0\"")
                .patch(BASE + f.cluster).then(), 403, "FORBIDDEN");
        assertProblem(board(f.schoolB).body(Map.of("name", "Trường khác", "province", "Sơn La", "fromYear", 2022))
                .post(BASE + f.cluster + "/members").then(), 403, "FORBIDDEN");
    }

    private static io.restassured.response.ValidatableResponse sign(RequestSpecification as, String path,
            String member) {
        return as.body(Map.of("memberId", member, "signerName", "Lường Văn Thành", "signerPosition", "Hiệu trưởng",
                "signedOn", "2022-02-10")).post(path + "/signatures").then();
    }

    private static String etag(ClusterFixtures f, String path) {
        return f.organiser().get(path).then().statusCode(200).extract().header("ETag");
    }
}
