package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.decision.DecisionWorld.BANG_KHEN;
import static vn.thidua.decision.DecisionWorld.CSTDCS;
import static vn.thidua.decision.DecisionWorld.GIAY_KHEN;
import static vn.thidua.decision.DecisionWorld.LDTT;
import static vn.thidua.decision.DecisionWorld.TTLDTT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * The cash of decision lines, on the decision's date: the worked checks of domain-rules.md, each coefficient, the
 * switch of the provincial Bằng khen on 01/07/2025, the collective multiplier, and the amounts reckoned again when
 * the date changes.
 */
@QuarkusTest
class DecisionCashTest {

    private static long amount(JsonPath line) {
        return line.getLong("amountVnd");
    }

    @Test
    void theAgencysTitlesAndFormsAtTheBaseSalaryOf2024() {
        DecisionWorld w = new DecisionWorld(2025);
        LocalDate date = LocalDate.of(2025, 6, 30);
        String titles = w.draft(LDTT, date);
        String reason = "Đã được Hội đồng xét; kiểm tra tiền thưởng";
        assertEquals(710_000, amount(w.add(titles, w.person("Lò Văn A"), LDTT, reason).statusCode(201).extract()
                .jsonPath()), "LĐTT: 0.3 × 2,340,000 = 702,000 → 710,000");
        assertEquals(2_340_000, amount(w.add(titles, w.person("Lò Văn B"), CSTDCS, reason).statusCode(201)
                .extract().jsonPath()), "CSTĐCS: 1.0 × 2,340,000");
        JsonPath collective = w.addUnit(titles, w.faculty, TTLDTT, reason).statusCode(201).extract().jsonPath();
        assertEquals(1_880_000, amount(collective), "TTLĐTT: 0.8 × 2,340,000 = 1,872,000 → 1,880,000");
        assertEquals(1, collective.getDouble("multiplier"), 0, "a title's coefficient is already the collective's");
        w.board().get("/api/v1/decisions/" + titles).then().body("totalVnd", equalTo(710_000 + 2_340_000 + 1_880_000));

        String forms = w.draft(GIAY_KHEN, date);
        assertEquals(710_000, amount(w.add(forms, w.person("Lò Văn C"), GIAY_KHEN, null).statusCode(201).extract()
                .jsonPath()), "Giấy khen to a person: 0.3 × 2,340,000 → 710,000");
        JsonPath unit = w.addUnit(forms, w.faculty, GIAY_KHEN, null).statusCode(201).extract().jsonPath();
        assertEquals(1_410_000, amount(unit), "Giấy khen to a collective: 0.6 × 2,340,000 = 1,404,000 → 1,410,000");
        assertEquals(2, unit.getDouble("multiplier"), 0);
    }

    @Test
    void theProvincialCommendationSwitchesOnTheFirstOfJuly2025() {
        UUID province = TestOrg.unit(TestOrg.root(), "Ủy ban nhân dân tỉnh Điện Biên", "PROVINCE");
        UUID department = TestOrg.unit(province, "Sở Nội vụ", "AGENCY");
        String person = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("P"), "fullName",
                "Quàng Văn Khánh", "unitId", department.toString())).post("/api/v1/people").then().statusCode(201)
                .extract().path("id");
        RequestSpecification board = TestOrg.as(province, Roles.BOARD);
        String decision = board.body(Map.of("awardCode", BANG_KHEN, "title", "Về việc tặng Bằng khen của Chủ tịch "
                + "Ủy ban nhân dân tỉnh", "year", 2025, "decisionDate", "2025-06-30")).post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
        String line = TestOrg.as(province, Roles.BOARD).body(Map.of("subjectKind", "PERSON", "subjectId", person))
                .post("/api/v1/decisions/" + decision + "/awardees").then().statusCode(201)
                .body("amountVnd", equalTo(2_340_000)).body("coefficient", equalTo(1)).extract().path("id");

        // dated a day later, under NĐ 152/2025: 1.5 × 2,340,000
        String etag = TestOrg.as(province, Roles.BOARD).get("/api/v1/decisions/" + decision).then().extract()
                .header("ETag");
        TestOrg.as(province, Roles.BOARD).header("If-Match", etag).body(Map.of("decisionDate", "2025-07-01"))
                .patch("/api/v1/decisions/" + decision).then().statusCode(200).body("totalVnd", equalTo(3_510_000));
        TestOrg.as(province, Roles.BOARD).get("/api/v1/decisions/" + decision + "/awardees/" + line).then()
                .body("amountVnd", equalTo(3_510_000)).body("coefficient", equalTo(1.5f));
        // to a collective: twice that
        String unitLine = TestOrg.as(province, Roles.BOARD).body(Map.of("subjectKind", "UNIT", "subjectId",
                department.toString())).post("/api/v1/decisions/" + decision + "/awardees").then().statusCode(201)
                .body("amountVnd", equalTo(7_020_000)).body("multiplier", equalTo(2)).extract().path("id");
        // and signed on that day (the province's council did not vote here: the signer says why), the amounts hold
        etag = TestOrg.as(province, Roles.BOARD).get("/api/v1/decisions/" + decision).then().extract().header("ETag");
        String reason = "Hội đồng Thi đua – Khen thưởng tỉnh đã lấy ý kiến bằng văn bản ngày 28/6/2025";
        TestOrg.as(province, Roles.LEADER).header("If-Match", etag).body(Map.of("decisionDate", "2025-07-01",
                "signerName", "Lê Văn Lương", "signerPosition", "Chủ tịch", "voteOverrides", List.of(
                        Map.of("awardeeId", line, "reason", reason), Map.of("awardeeId", unitLine, "reason", reason))))
                .post("/api/v1/decisions/" + decision + ":sign").then().statusCode(200)
                .body("totalVnd", equalTo(10_530_000));
    }

    @Test
    void signingOnAnotherDayReckonsTheCashOnThatDay() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        String decision = w.draft(LDTT, LocalDate.of(2024, 6, 30));
        assertEquals(540_000, amount(w.add(decision, minh, LDTT, null).statusCode(201).extract().jsonPath()),
                "0.3 × 1,800,000 on the intended date");
        JsonPath signed = w.signed(decision, LocalDate.of(2025, 12, 30));
        assertEquals(710_000, signed.getLong("totalVnd"), "signed when the base salary was 2,340,000");
        assertEquals(710_000, w.awardees(decision).getLong("items[0].amountVnd"));
    }
}
