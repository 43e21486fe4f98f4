package vn.thidua.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class CashSettingsResourceTest {

    private static final String BASE_SALARY = "/api/v1/settings/base-salary";
    private static final String COEFFICIENTS = "/api/v1/settings/award-coefficients";
    private static final String CASH_AWARD = "/api/v1/settings/cash-award";
    private static final List<String> SEEDED_CHANGES = List.of("2026-07-01", "2024-07-01", "2023-07-01", "2019-07-01");

    private static RequestSpecification as(String role) {
        return TestOrg.as(TestOrg.root(), role);
    }

    /**
     * A day far past any real decision, so that what a test adds never changes the amounts other tests compute; random
     * so that runs against a kept database do not collide.
     */
    static LocalDate farFutureDay() {
        return LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(250_000));
    }

    private static ValidatableResponse baseSalaryOn(String day) {
        return as(Roles.MEMBER).queryParam("on", day).get(BASE_SALARY).then();
    }

    private static ValidatableResponse cashAward(String award, String recipient, String on) {
        return as(Roles.LEADER).queryParam("award", award).queryParam("recipient", recipient).queryParam("on", on)
                .get(CASH_AWARD).then();
    }

    private static List<String> outboxTypes(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position",
                        String.class).setParameter(1, aggregateId).getResultList());
    }

    @Test
    void everyoneReadsTheHistoryNewestFirstWithTheOneInForceTodayMarked() {
        List<Map<String, Object>> history = as(Roles.INTEGRATION).get(BASE_SALARY).then().statusCode(200)
                .extract().path("");
        List<String> days = history.stream().map(e -> (String) e.get("effectiveFrom")).toList();
        assertEquals(days.stream().sorted(Comparator.reverseOrder()).toList(), days);
        assertEquals(SEEDED_CHANGES, days.stream().filter(SEEDED_CHANGES::contains).toList());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String inForce = days.stream().filter(d -> !LocalDate.parse(d).isAfter(today)).findFirst().orElseThrow();
        assertEquals(List.of(inForce), history.stream().filter(e -> Boolean.TRUE.equals(e.get("current")))
                .map(e -> (String) e.get("effectiveFrom")).toList());
        Map<String, Object> nd161 = history.stream().filter(e -> e.get("effectiveFrom").equals("2026-07-01"))
                .findFirst().orElseThrow();
        assertEquals(2_530_000, nd161.get("amountVnd"));
        assertEquals(true, nd161.get("needsVerification"));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2019-07-01, 1490000, Nghị định 38/2019/NĐ-CP",
            "2023-06-30, 1490000, Nghị định 38/2019/NĐ-CP",
            "2023-07-01, 1800000, Nghị định 24/2023/NĐ-CP",
            "2024-06-30, 1800000, Nghị định 24/2023/NĐ-CP",
            "2024-07-01, 2340000, Nghị định 73/2024/NĐ-CP",
            "2026-06-30, 2340000, Nghị định 73/2024/NĐ-CP",
            "2026-07-01, 2530000, 'NĐ 161/2026, unverified'"})
    void theBaseSalaryInForceChangesOnTheDayOfEachChange(String day, long amount, String basis) {
        baseSalaryOn(day).statusCode(200).body("", hasSize(1)).body("[0].amountVnd", equalTo((int) amount))
                .body("[0].legalBasis", equalTo(basis));
    }

    @Test
    void beforeTheFirstBaseSalaryThereIsNone() {
        assertProblem(baseSalaryOn("2019-06-30"), 404, "NOT_FOUND").body("detail", containsString("2019-06-30"));
        assertProblem(baseSalaryOn("2019-13-01"), 400, "BAD_REQUEST");
    }

    @Test
    void anAdministratorAddsABaseSalaryFromADayOn() {
        LocalDate day = farFutureDay();
        Map<String, Object> body = Map.of("effectiveFrom", day.toString(), "amountVnd", 3_100_000,
                "legalBasis", "Nghị định 99/2200/NĐ-CP");
        for (String role : List.of(Roles.BOARD, Roles.LEADER, Roles.MEMBER, Roles.INTEGRATION)) {
            assertProblem(as(role).body(body).post(BASE_SALARY).then(), 403, "FORBIDDEN");
        }
        String id = as(Roles.ADMIN).body(body).post(BASE_SALARY).then().statusCode(201)
                .header("Location", containsString("/settings/base-salary?on=" + day))
                .body("effectiveFrom", equalTo(day.toString())).body("amountVnd", equalTo(3_100_000))
                .body("needsVerification", equalTo(false)).body("current", equalTo(false))
                .body("createdBy", notNullValue()).body("version", equalTo(0)).extract().path("id");
        baseSalaryOn(day.toString()).statusCode(200).body("[0].id", equalTo(id));
        baseSalaryOn(day.minusDays(1).toString()).statusCode(200).body("[0].id", not(id));

        Map<String, Object> again = new HashMap<>(body);
        again.put("amountVnd", 3_200_000);
        assertProblem(as(Roles.ADMIN).body(again).post(BASE_SALARY).then(), 409, "CONFLICT")
                .body("detail", containsString(day.toString()));

        as(Roles.ADMIN).queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("catalog.base_salary_added"))
                .body("items[0].changes.amountVnd.after", equalTo(3_100_000));
        assertEquals(List.of("catalog.base_salary_added"), outboxTypes(id));
    }

    @Test
    void aBaseSalaryMustBePositiveDatedAndFounded() {
        for (long amount : new long[] {0, -2_340_000}) {
            assertProblem(as(Roles.ADMIN).body(Map.of("effectiveFrom", farFutureDay().toString(), "amountVnd", amount,
                    "legalBasis", "Nghị định")).post(BASE_SALARY).then(), 400, "VALIDATION_FAILED")
                    .body("errors[0].field", equalTo("amountVnd")).body("errors[0].code", equalTo("MIN"));
        }
        assertProblem(as(Roles.ADMIN).body(Map.of("effectiveFrom", "2024-02-29", "amountVnd", 2_000_000,
                "legalBasis", "Nghị định")).post(BASE_SALARY).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("effectiveFrom")).body("errors[0].code", equalTo("TOO_EARLY"));
        baseSalaryOn("2024-06-30").body("[0].amountVnd", equalTo(1_800_000));
        assertProblem(as(Roles.ADMIN).body(Map.of("amountVnd", 2_000_000, "legalBasis", " ")).post(BASE_SALARY)
                .then(), 400, "VALIDATION_FAILED").body("errors.field", contains("effectiveFrom", "legalBasis"));
    }

    @Test
    void theCoefficientsInForceFollowTheJuly2025Switch() {
        as(Roles.MEMBER).queryParam("on", "2025-06-30").get(COEFFICIENTS).then().statusCode(200)
                .body("awardCode", contains("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER",
                        "PROVINCE_EMULATION_FIGHTER", "NATIONAL_EMULATION_FIGHTER", "ADVANCED_COLLECTIVE",
                        "EXCELLENT_COLLECTIVE", "PROVINCE_FLAG", "CERTIFICATE_OF_MERIT", "PROVINCE_COMMENDATION",
                        "PM_COMMENDATION"))
                .body("find { it.awardCode == 'PROVINCE_COMMENDATION' }.coefficient", equalTo(1))
                .body("find { it.awardCode == 'PROVINCE_COMMENDATION' }.needsVerification", equalTo(true))
                .body("find { it.awardCode == 'PROVINCE_FLAG' }.coefficient", equalTo(8))
                .body("find { it.awardCode == 'ADVANCED_WORKER' }.legalBasis",
                        containsString("Nghị định 98/2023/NĐ-CP, điều 54"));
        as(Roles.MEMBER).queryParam("on", "2025-07-01").get(COEFFICIENTS).then().statusCode(200)
                .body("find { it.awardCode == 'PROVINCE_COMMENDATION' }.coefficient", equalTo(1.5f))
                .body("find { it.awardCode == 'PROVINCE_COMMENDATION' }.needsVerification", equalTo(false))
                .body("find { it.awardCode == 'PROVINCE_COMMENDATION' }.legalBasis",
                        equalTo("Nghị định 152/2025/NĐ-CP, điều 54"))
                .body("find { it.awardCode == 'ADVANCED_WORKER' }.effectiveFrom", equalTo("2024-01-01"));
        // before 2024, the old regime's (NĐ 91/2017), awaiting verification
        as(Roles.MEMBER).queryParam("on", "2023-12-31").get(COEFFICIENTS).then().statusCode(200).body("", hasSize(10))
                .body("find { it.awardCode == 'ADVANCED_WORKER' }.effectiveFrom", equalTo("2017-09-15"))
                .body("find { it.awardCode == 'ADVANCED_WORKER' }.needsVerification", equalTo(true));
        as(Roles.MEMBER).queryParam("on", "2017-09-14").get(COEFFICIENTS).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anAdministratorAddsACoefficientWhichTheCashAwardThenUses() {
        LocalDate day = farFutureDay();
        Map<String, Object> body = Map.of("awardCode", "CERTIFICATE_OF_MERIT", "effectiveFrom", day.toString(),
                "coefficient", 0.45, "legalBasis", "Nghị định 7/2200/NĐ-CP, điều 3", "needsVerification", true);
        for (String role : List.of(Roles.BOARD, Roles.COUNCIL, Roles.UNIT_HEAD, Roles.MEMBER)) {
            assertProblem(as(role).body(body).post(COEFFICIENTS).then(), 403, "FORBIDDEN");
        }
        String id = as(Roles.ADMIN).body(body).post(COEFFICIENTS).then().statusCode(201)
                .body("awardCode", equalTo("CERTIFICATE_OF_MERIT")).body("coefficient", equalTo(0.45f))
                .body("needsVerification", equalTo(true)).extract().path("id");
        assertProblem(as(Roles.ADMIN).body(body).post(COEFFICIENTS).then(), 409, "CONFLICT");
        as(Roles.MEMBER).queryParam("on", day.toString()).get(COEFFICIENTS).then().statusCode(200)
                .body("find { it.awardCode == 'CERTIFICATE_OF_MERIT' }.id", equalTo(id));
        // a collective: twice 0.45 times whatever base salary is in force then (other tests add far-future ones too)
        int base = baseSalaryOn(day.toString()).extract().path("[0].amountVnd");
        long expected = CashRule.amount(new BigDecimal("0.45"), new BigDecimal("2"), base);
        cashAward("CERTIFICATE_OF_MERIT", "COLLECTIVE", day.toString()).statusCode(200)
                .body("coefficient", equalTo(0.45f)).body("multiplier", equalTo(2))
                .body("amountVnd", equalTo((int) expected)).body("needsVerification", equalTo(true))
                .body("coefficientLegalBasis", equalTo("Nghị định 7/2200/NĐ-CP, điều 3"));
        as(Roles.ADMIN).queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("catalog.award_coefficient_added"));
        assertEquals(List.of("catalog.award_coefficient_added"), outboxTypes(id));
    }

    @Test
    void aCoefficientNamesAnAwardOfTheCatalogueAndIsPositive() {
        String day = farFutureDay().toString();
        assertProblem(as(Roles.ADMIN).body(Map.of("awardCode", "GOLDEN_STAR", "effectiveFrom", day,
                "coefficient", 1.0, "legalBasis", "Nghị định")).post(COEFFICIENTS).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("awardCode")).body("errors[0].code", equalTo("UNKNOWN_AWARD"));
        for (double coefficient : new double[] {0, -0.3}) {
            assertProblem(as(Roles.ADMIN).body(Map.of("awardCode", "ADVANCED_WORKER", "effectiveFrom", day,
                    "coefficient", coefficient, "legalBasis", "Nghị định")).post(COEFFICIENTS).then(), 400,
                    "VALIDATION_FAILED").body("errors[0].field", equalTo("coefficient"))
                    .body("errors[0].code", equalTo("DECIMAL_MIN"));
        }
        assertProblem(as(Roles.ADMIN).body(Map.of("awardCode", "ADVANCED_WORKER", "effectiveFrom", day,
                "coefficient", 0.333, "legalBasis", "Nghị định")).post(COEFFICIENTS).then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("DIGITS"));
        // Giấy khen's value in force today dates from 01/07/2025: the NĐ 98 period before it is closed
        assertProblem(as(Roles.ADMIN).body(Map.of("awardCode", "CERTIFICATE_OF_MERIT", "effectiveFrom", "2025-03-10",
                "coefficient", 0.5, "legalBasis", "Nghị định")).post(COEFFICIENTS).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("effectiveFrom")).body("errors[0].code", equalTo("TOO_EARLY"));
        as(Roles.MEMBER).queryParam("on", day).get(COEFFICIENTS).then()
                .body("find { it.awardCode == 'ADVANCED_WORKER' }.effectiveFrom", equalTo("2024-01-01"));
    }

    @ParameterizedTest(name = "{0} to a {1} on {2}: {3}")
    @CsvSource({
            "ADVANCED_WORKER, PERSON, 2025-03-10, 0.3, 1, 702000, 710000, false",
            "CERTIFICATE_OF_MERIT, COLLECTIVE, 2025-03-10, 0.3, 2, 1404000, 1410000, false",
            "PROVINCE_COMMENDATION, PERSON, 2025-06-30, 1, 1, 2340000, 2340000, true",
            "PROVINCE_COMMENDATION, PERSON, 2025-07-01, 1.5, 1, 3510000, 3510000, false",
            "PROVINCE_COMMENDATION, COLLECTIVE, 2025-07-01, 1.5, 2, 7020000, 7020000, false",
            "ADVANCED_COLLECTIVE, COLLECTIVE, 2025-07-01, 0.8, 1, 1872000, 1880000, false",
            "PROVINCE_FLAG, COLLECTIVE, 2025-12-20, 8, 1, 18720000, 18720000, false",
            "CERTIFICATE_OF_MERIT, HOUSEHOLD, 2025-07-01, 0.3, 1.5, 1053000, 1060000, false",
            "GRASSROOTS_EMULATION_FIGHTER, PERSON, 2026-07-01, 1, 1, 2530000, 2530000, true"})
    void theCashAwardOfTheWorkedChecks(String award, String recipient, String on, String coefficient,
            String multiplier, long exact, long amount, boolean unverified) {
        JsonPath answer = cashAward(award, recipient, on).statusCode(200)
                .body("awardCode", equalTo(award)).body("recipient", equalTo(recipient)).body("on", equalTo(on))
                .body("exactVnd", equalTo((int) exact)).body("amountVnd", equalTo((int) amount))
                .body("needsVerification", equalTo(unverified))
                .body("baseSalaryLegalBasis", notNullValue()).body("multiplierLegalBasis", notNullValue())
                .extract().jsonPath();
        assertEquals(0, new BigDecimal(coefficient).compareTo(new BigDecimal(answer.getString("coefficient"))));
        assertEquals(0, new BigDecimal(multiplier).compareTo(new BigDecimal(answer.getString("multiplier"))));
    }

    @Test
    void theSwitchDayOfJuly2025NamesEachInputsBasis() {
        cashAward("PROVINCE_COMMENDATION", "PERSON", "2025-06-30").statusCode(200)
                .body("coefficientLegalBasis", equalTo("Nghị định 98/2023/NĐ-CP (hệ số chưa đối chiếu)"))
                .body("baseSalaryLegalBasis", equalTo("Nghị định 73/2024/NĐ-CP"));
        cashAward("PROVINCE_COMMENDATION", "PERSON", "2025-07-01").statusCode(200)
                .body("coefficientLegalBasis", equalTo("Nghị định 152/2025/NĐ-CP, điều 54"))
                .body("baseSalaryVnd", equalTo(2_340_000));
    }

    @Test
    void anAwardOutsideTheCatalogueOrNotFittingTheRecipientIsRefused() {
        assertProblem(cashAward("GOLDEN_STAR", "PERSON", "2025-07-01"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("award")).body("errors[0].code", equalTo("UNKNOWN_AWARD"));
        assertProblem(cashAward("ADVANCED_COLLECTIVE", "PERSON", "2025-07-01"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("recipient")).body("errors[0].code", equalTo("AWARD_DOES_NOT_FIT"));
        assertProblem(cashAward("ADVANCED_WORKER", "HOUSEHOLD", "2025-07-01"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("recipient"));
        assertProblem(cashAward("ADVANCED_WORKER", "TEAM", "2025-07-01"), 400, "BAD_REQUEST");
        assertProblem(as(Roles.MEMBER).queryParam("recipient", "PERSON").get(CASH_AWARD).then(), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("award"));
    }

    @Test
    void anInputWithNoValueInForceOnTheDayAnswersNotFound() {
        assertProblem(cashAward("ADVANCED_WORKER", "PERSON", "2017-09-14"), 404, "NOT_FOUND")
                .body("detail", containsString("2017-09-14"));
        cashAward("ADVANCED_WORKER", "PERSON", "2023-12-31").statusCode(200).body("amountVnd", equalTo(540_000))
                .body("needsVerification", equalTo(true));
        assertProblem(cashAward("ADVANCED_WORKER", "PERSON", "2019-06-30"), 404, "NOT_FOUND")
                .body("detail", containsString("2019-06-30"));
    }
}
