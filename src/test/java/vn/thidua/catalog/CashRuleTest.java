package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashRuleTest {

    private static final long BASE_2024 = 2_340_000;
    private static final BigDecimal PERSON = BigDecimal.ONE;
    private static final BigDecimal COLLECTIVE = new BigDecimal("2");
    private static final BigDecimal HOUSEHOLD = new BigDecimal("1.5");

    private static long amount(String coefficient, BigDecimal multiplier, long base) {
        return CashRule.amount(new BigDecimal(coefficient), multiplier, base);
    }

    @Test
    void theWorkedChecksOfTheDomainRules() {
        // LĐTT: 0.3 × 2,340,000 = 702,000, rounded up to 710,000
        assertEquals(new BigDecimal("702000"), CashRule.exact(new BigDecimal("0.3"), PERSON, BASE_2024));
        assertEquals(710_000, amount("0.3", PERSON, BASE_2024));
        // Giấy khen to a collective: 0.6 × 2,340,000 = 1,404,000 → 1,410,000
        assertEquals(new BigDecimal("1404000"), CashRule.exact(new BigDecimal("0.3"), COLLECTIVE, BASE_2024));
        assertEquals(1_410_000, amount("0.3", COLLECTIVE, BASE_2024));
        // Bằng khen of the province to a person: 1.0 under NĐ 98 (signed 30/06/2025), 1.5 under NĐ 152 (01/07/2025)
        assertEquals(2_340_000, amount("1.0", PERSON, BASE_2024));
        assertEquals(3_510_000, amount("1.5", PERSON, BASE_2024));
        // ... and to a collective signed 01/07/2025
        assertEquals(7_020_000, amount("1.5", COLLECTIVE, BASE_2024));
        // TTLĐTT: 0.8 × 2,340,000 = 1,872,000 → 1,880,000 (a title: multiplier 1, the coefficient is the collective's)
        assertEquals(new BigDecimal("1872000"), CashRule.exact(new BigDecimal("0.8"), PERSON, BASE_2024));
        assertEquals(1_880_000, amount("0.8", PERSON, BASE_2024));
    }

    @ParameterizedTest(name = "{0}: {1} × 2,340,000 → {2}")
    @CsvSource({
            "NATIONAL_EMULATION_FIGHTER, 4.5, 10530000",
            "PROVINCE_EMULATION_FIGHTER, 3.0, 7020000",
            "GRASSROOTS_EMULATION_FIGHTER, 1.0, 2340000",
            "ADVANCED_WORKER, 0.3, 710000",
            "EXCELLENT_COLLECTIVE, 1.5, 3510000",
            "ADVANCED_COLLECTIVE, 0.8, 1880000",
            "PROVINCE_FLAG, 8.0, 18720000",
            "government flag, 12.0, 28080000"})
    void eachTitleCoefficientAtTheBaseSalaryOf2024(String title, String coefficient, long expected) {
        assertEquals(expected, amount(coefficient, PERSON, BASE_2024), title);
    }

    @Test
    void anAmountAlreadyAMultipleOfTenThousandIsNotRoundedUp() {
        assertEquals(new BigDecimal("3510000"), CashRule.exact(new BigDecimal("1.50"), new BigDecimal("1.00"),
                BASE_2024));
        assertEquals(3_510_000, amount("1.50", new BigDecimal("1.00"), BASE_2024));
        assertEquals(10_000, amount("0.01", PERSON, 1_000_000));
    }

    @Test
    void aSingleDongOverAMultipleRoundsUpToTheNext() {
        assertEquals(new BigDecimal("10000.01"), CashRule.exact(new BigDecimal("0.01"), PERSON, 1_000_001));
        assertEquals(20_000, amount("0.01", PERSON, 1_000_001));
    }

    @Test
    void aHouseholdGetsOneAndAHalfTimesAPersonsForm() {
        // Giấy khen: 0.3 × 1.5 × 2,340,000 = 1,053,000 → 1,060,000
        assertEquals(new BigDecimal("1053000"), CashRule.exact(new BigDecimal("0.3"), HOUSEHOLD, BASE_2024));
        assertEquals(1_060_000, amount("0.3", HOUSEHOLD, BASE_2024));
        // at the 2019 base salary: 670,500 → 680,000
        assertEquals(new BigDecimal("670500"), CashRule.exact(new BigDecimal("0.3"), HOUSEHOLD, 1_490_000));
        assertEquals(680_000, amount("0.3", HOUSEHOLD, 1_490_000));
    }

    @Test
    void theExactProductIsWrittenPlainlyNeverInExponentForm() {
        assertEquals("18720000", CashRule.exact(new BigDecimal("8.00"), new BigDecimal("1.00"), BASE_2024)
                .toString());
        assertEquals("1.5", CashRule.plain(new BigDecimal("1.50")).toString());
        assertEquals("8", CashRule.plain(new BigDecimal("8.00")).toString());
    }
}
