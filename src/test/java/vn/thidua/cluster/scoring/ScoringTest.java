package vn.thidua.cluster.scoring;

import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.cluster.ClusterFixtures.BASE;
import static vn.thidua.cluster.ClusterFixtures.board;
import static vn.thidua.cluster.ClusterFixtures.entries;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.cluster.ClusterFixtures;
import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * A cluster's scoring year over HTTP: versioned tables, the phases, who enters which sheet, who sees which sheet
 * before and after closing, and the ranking written at closing.
 */
@QuarkusTest
class ScoringTest {

    static final int YEAR = 2022;

    @Test
    void aTableInUseIsNeverEditedAndANewVersionTakesOver() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        String v1 = f.table(YEAR);
        String tables = BASE + f.cluster + "/scoring-tables/";
        String etag = f.organiser().get(tables + v1).then().statusCode(200).body("versionNumber", equalTo(1))
                .body("current", equalTo(true)).body("inUse", equalTo(false)).body("maxPoints", equalTo(50.0f))
                .extract().header("ETag");
        f.organiser().header("If-Match", etag).body(Map.of("title", "Bảng chấm điểm (sửa)", "content",
                ClusterFixtures.tableContent(25))).put(tables + v1).then().statusCode(200)
                .body("title", equalTo("Bảng chấm điểm (sửa)"));
        f.scoringAct(YEAR, "open").statusCode(200).body("phase", equalTo("SELF_SCORING"));
        String oldSheet = f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(25, 20, 0, 0)).statusCode(201)
                .body("tableVersion", equalTo(1)).body("total", equalTo(45.0f)).extract().path("id");

        etag = f.organiser().get(tables + v1).then().body("inUse", equalTo(true)).extract().header("ETag");
        assertProblem(f.organiser().header("If-Match", etag).body(Map.of("title", "Bảng chấm điểm", "content",
                ClusterFixtures.tableContent(30))).put(tables + v1).then(), 409, "CONFLICT");

        String v2 = f.table(YEAR);
        f.organiser().get(tables + v2).then().body("versionNumber", equalTo(2)).body("current", equalTo(true));
        f.organiser().get(tables + v1).then().body("current", equalTo(false))
                .body("content.groups[0].criteria[0].maxPoints", equalTo(25));
        f.organiser().get(BASE + f.cluster + "/score-sheets/" + oldSheet).then().statusCode(200)
                .body("tableId", equalTo(v1)).body("tableVersion", equalTo(1)).body("current", equalTo(false));
        String sheetEtag = board(f.schoolA).get(BASE + f.cluster + "/score-sheets/" + oldSheet).then()
                .extract().header("ETag");
        assertProblem(board(f.schoolA).header("If-Match", sheetEtag).body(Map.of("entries", entries(20, 20, 0, 0)))
                .put(BASE + f.cluster + "/score-sheets/" + oldSheet).then(), 409, "CONFLICT");
        f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(30, 20, 0, 0)).statusCode(201)
                .body("tableVersion", equalTo(2)).body("current", equalTo(true));
        f.organiser().get(BASE + f.cluster + "/scoring/" + YEAR).then().body("currentTableId", equalTo(v2))
                .body("selfScoresEntered", equalTo(1));
    }

    @Test
    void sheetsAreCheckedAgainstTheTableAndThePhase() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        assertProblem(f.scoringAct(YEAR, "open"), 409, "CONFLICT");
        f.table(YEAR);
        assertProblem(f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(25, 20, 0, 0)), 404, "NOT_FOUND");
        f.scoringAct(YEAR, "open").statusCode(200);
        assertProblem(f.sheet(board(f.schoolA), YEAR, f.memberA, null, List.of(
                Map.of("code", "I.1", "points", 31), Map.of("code", "I", "points", 1),
                Map.of("code", "B1", "points", 2), Map.of("code", "B1", "points", 2))), 400, "VALIDATION_FAILED")
                .body("errors.code", equalTo(List.of("ABOVE_MAX", "UNKNOWN_CODE", "DUPLICATE", "MISSING_CRITERION")))
                .body("errors.field", equalTo(List.of("entries[0].points", "entries[1].code", "entries[3].code",
                        "entries")));
        assertProblem(f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(25.125, 20, 0, 0)), 400,
                "VALIDATION_FAILED").body("errors.code", equalTo(List.of("TOO_PRECISE")));
        // bonus 5 on top, penalty 3 off: 28 + 20 + 5 - 3 = 50
        f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(28, 20, 5, 3)).statusCode(201)
                .body("total", equalTo(50.0f)).body("kind", equalTo("SELF"))
                .body("entries[0].evidence[0].title", equalTo("Báo cáo tổng kết năm"));
        assertProblem(f.sheet(board(f.schoolA), YEAR, f.memberA, null, entries(28, 20, 0, 0)), 409, "CONFLICT");
        assertProblem(f.sheet(board(f.schoolA), YEAR, f.memberB, f.memberA, entries(28, 20, 0, 0)), 409, "CONFLICT");
        f.scoringAct(YEAR, "start-cross-scoring").statusCode(200).body("phase", equalTo("CROSS_SCORING"));
        assertProblem(f.sheet(board(f.schoolB), YEAR, f.memberB, null, entries(28, 20, 0, 0)), 409, "CONFLICT");
        assertProblem(f.scoringAct(YEAR, "start-cross-scoring"), 409, "CONFLICT");
    }

    @Test
    void aMemberScoresOnlyForItselfAndTheHeadForExternalMembers() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        f.table(YEAR);
        f.scoringAct(YEAR, "open").statusCode(200);
        assertProblem(f.sheet(board(f.schoolB), YEAR, f.memberC, null, total(40)), 403, "FORBIDDEN");
        assertProblem(f.sheet(board(f.schoolB), YEAR, f.external, null, total(40)), 403, "FORBIDDEN");
        assertProblem(f.sheet(TestOrg.as(f.schoolB, Roles.LEADER), YEAR, f.memberB, null, total(40)), 403,
                "FORBIDDEN");
        assertProblem(f.sheet(board(f.outsider), YEAR, f.memberB, null, total(40)), 404, "NOT_FOUND");
        f.sheet(board(f.schoolB), YEAR, f.memberB, null, total(40)).statusCode(201);
        f.sheet(board(f.schoolA), YEAR, f.external, null, total(30)).statusCode(201)
                .body("scorerMemberId", equalTo(f.external))
                .body("createdBy", equalTo("tester-" + f.schoolA.toString().substring(0, 8)));
        assertProblem(board(f.schoolA).header("If-Match", f.roundEtag(YEAR)).post(BASE + f.cluster + "/scoring/"
                + YEAR + ":open").then(), 409, "CONFLICT");
        assertProblem(board(f.schoolB).header("If-Match", f.roundEtag(YEAR)).post(BASE + f.cluster + "/scoring/"
                + YEAR + ":start-cross-scoring").then(), 403, "FORBIDDEN");
    }

    @Test
    void onlyTheHeadCrossScoresWhenTheRulesSaySo() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "HEAD_ONLY", "MEAN_OF_CROSS_SCORES");
        f.table(YEAR);
        f.scoringAct(YEAR, "open").statusCode(200).body("crossScoresExpected", equalTo(3));
        f.scoringAct(YEAR, "start-cross-scoring").statusCode(200);
        assertProblem(f.sheet(board(f.schoolB), YEAR, f.memberC, f.memberB, total(40)), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("NOT_THE_HEAD"));
        f.sheet(board(f.schoolA), YEAR, f.memberC, f.memberA, total(40)).statusCode(201).body("kind", equalTo("CROSS"));
        f.sheet(board(f.schoolA), YEAR, f.memberB, f.memberA, total(44)).statusCode(201);
        f.scoringAct(YEAR, "close").statusCode(200).body("phase", equalTo("CLOSED"));
        board(f.schoolC).get(BASE + f.cluster + "/scoring/" + YEAR + "/ranking").then().statusCode(200)
                .body("rows.memberId[0]", equalTo(f.memberB)).body("rows.memberId[1]", equalTo(f.memberC))
                .body("rows.finalScore[0]", equalTo(44.0f))
                .body("rows.rank", equalTo(java.util.Arrays.asList(1, 2, null, null)));
    }

    /**
     * Self-scores A 45, B 40, C 35, the external school X 30 (entered by A's board). Cross-scores received: A from B,
     * C, X 40, 44, 42 (mean 42.00); B from A, C, X 38 each (38.00); C 42 each (42.00); X from A, B, C 36, 38, 46
     * (mean 40, and 46 is 15% off it: an outlier at 10%). Ranking: A and C tied first, X third, B fourth.
     */
    @Test
    void beforeClosingAMemberSeesOnlyWhatItGaveAndAfterwardsEverything() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        f.table(YEAR);
        f.scoringAct(YEAR, "open").statusCode(200);
        f.sheet(board(f.schoolA), YEAR, f.memberA, null, total(45)).statusCode(201);
        f.sheet(board(f.schoolB), YEAR, f.memberB, null, total(40)).statusCode(201);
        f.sheet(board(f.schoolC), YEAR, f.memberC, null, total(35)).statusCode(201);
        f.sheet(board(f.schoolA), YEAR, f.external, null, total(30)).statusCode(201);
        String sheets = BASE + f.cluster + "/scoring/" + YEAR + "/sheets";
        board(f.schoolB).get(sheets).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].scorerMemberId", equalTo(f.memberB));

        f.scoringAct(YEAR, "start-cross-scoring").statusCode(200);
        cross(f, f.memberA, Map.of(f.memberB, 38, f.memberC, 42, f.external, 36));
        cross(f, f.memberB, Map.of(f.memberA, 40, f.memberC, 42, f.external, 38));
        cross(f, f.memberC, Map.of(f.memberA, 44, f.memberB, 38, f.external, 46));
        String otherCross = cross(f, f.external, Map.of(f.memberA, 42, f.memberB, 38, f.memberC, 42));

        board(f.schoolB).get(sheets).then().statusCode(200).body("size()", equalTo(7))
                .body("findAll { it.kind == 'CROSS' }.scorerMemberId", equalTo(List.of(f.memberB, f.memberB,
                        f.memberB)))
                .body("findAll { it.kind == 'SELF' }.size()", equalTo(4));
        TestOrg.as(f.schoolB, Roles.LEADER).get(sheets).then().body("size()", equalTo(7));
        assertProblem(board(f.schoolB).get(BASE + f.cluster + "/score-sheets/" + otherCross).then(), 404,
                "NOT_FOUND");
        assertProblem(board(f.schoolB).get(BASE + f.cluster + "/scoring/" + YEAR + "/ranking").then(), 409,
                "CONFLICT");
        board(f.schoolA).get(sheets).then().body("size()", equalTo(10));
        f.organiser().get(sheets).then().body("size()", equalTo(16));
        f.organiser().get(BASE + f.cluster + "/scoring/" + YEAR).then().body("crossScoresEntered", equalTo(12))
                .body("crossScoresExpected", equalTo(12)).body("selfScoresEntered", equalTo(4));

        f.scoringAct(YEAR, "close").statusCode(200).body("phase", equalTo("CLOSED"));
        board(f.schoolB).get(sheets).then().body("size()", equalTo(16));
        board(f.schoolB).get(BASE + f.cluster + "/score-sheets/" + otherCross).then().statusCode(200);
        board(f.schoolB).get(BASE + f.cluster + "/scoring/" + YEAR + "/ranking").then().statusCode(200)
                .body("method", equalTo("MEAN_OF_CROSS_SCORES")).body("tableVersion", equalTo(1))
                .body("rows.rank", equalTo(List.of(1, 1, 3, 4)))
                .body("rows.tied", equalTo(List.of(true, true, false, false)))
                .body("rows[0].memberId", equalTo(f.memberA)).body("rows[1].memberId", equalTo(f.memberC))
                .body("rows.finalScore", equalTo(List.of(42.0f, 42.0f, 40.0f, 38.0f)))
                .body("rows.selfScore", equalTo(List.of(45.0f, 35.0f, 30.0f, 40.0f)))
                .body("rows[2].outliers.total", equalTo(List.of(46.0f)))
                .body("rows[2].outliers[0].deviationPct", equalTo(15.0f))
                .body("rows[2].outliers[0].scorerMemberId", equalTo(f.memberC))
                .body("rows[0].outliers", equalTo(List.of()));
        assertProblem(f.sheet(board(f.schoolB), YEAR, f.memberA, f.memberB, total(40)), 409, "CONFLICT");
        assertProblem(board(f.outsider).get(BASE + f.cluster + "/scoring/" + YEAR + "/ranking").then(), 404,
                "NOT_FOUND");
    }

    /**
     * The scorer's cross-scores given to each member named (scored member → total), entered by its board (the head's
     * for the external one); the last sheet's id.
     */
    private static String cross(ClusterFixtures f, String scorer, Map<String, Integer> totals) {
        java.util.UUID unit = scorer.equals(f.memberB) ? f.schoolB : scorer.equals(f.memberC) ? f.schoolC : f.schoolA;
        String last = null;
        for (Map.Entry<String, Integer> given : totals.entrySet()) {
            last = f.sheet(board(unit), YEAR, given.getKey(), scorer, total(given.getValue())).statusCode(201)
                    .extract().path("id");
        }
        return last;
    }

    /** Entries totalling {@code points} (20 to 50): I.2 full, the rest on I.1. */
    static List<Map<String, Object>> total(int points) {
        return entries(points - 20, 20, 0, 0);
    }
}
