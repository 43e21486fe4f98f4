package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.evaluation.eligibility.QuotaReckoning;

/** The rates by hand: exact shares at scale 4, the CSTĐCS cap as configured, no share of nothing; the report's row order. */
class RatesTest {

    @Test
    void sharesAreExactAtFourPlacesRoundedHalfUp() {
        Rates r = Rates.of(7, 4, 1, 3, 1, 2, null);
        assertEquals(new BigDecimal("0.5714"), r.advancedWorkerShare(), "4/7 = 0.571428...");
        assertEquals(new BigDecimal("0.3333"), r.excellentCollectiveShare());
        assertEquals(new BigDecimal("0.6667"), r.advancedCollectiveShare(), "2/3 = 0.6666... rounds up");
        assertEquals(new BigDecimal("1.0000"), Rates.of(3, 3, 0, 1, 1, 1, null).advancedWorkerShare());
        assertEquals(new BigDecimal("0.0001"), Rates.share(1, 20_000), "0.00005 rounds half up");
    }

    @Test
    void theGrassrootsCapIsTheConfiguredQuotaAsReckonedAndNoneWithoutOne() {
        assertNull(Rates.of(60, 20, 3, 1, 0, 0, null).grassrootsCap(), "no quota configured: no cap, never 15% by default");
        assertNull(Rates.of(60, 20, 3, 1, 0, 0, null).grassrootsStanding());
        Rates within = Rates.of(60, 20, 3, 1, 0, 0, quota(20, 3, 3));
        assertEquals(3, within.grassrootsCap(), "3.0 → 3");
        assertEquals(Rates.CapStanding.WITHIN, within.grassrootsStanding(), "3 of 3 allowed");
        Rates over = Rates.of(60, 19, 3, 1, 0, 0, quota(19, 2, 3));
        assertEquals(2, over.grassrootsCap(), "2.85 → 2");
        assertEquals(Rates.CapStanding.OVER, over.grassrootsStanding());
    }

    private static QuotaReckoning.Quota quota(long base, long cap, int holders) {
        Set<UUID> used = new HashSet<>();
        for (int i = 0; i < holders; i++) {
            used.add(UUID.randomUUID());
        }
        return new QuotaReckoning.Quota("GRASSROOTS_EMULATION_FIGHTER", new BigDecimal("0.15"), "ADVANCED_WORKER",
                "FLOOR", base, cap, used, Set.of());
    }

    @Test
    void aShareOfNothingIsNull() {
        Rates r = Rates.of(0, 0, 0, 0, 0, 0, null);
        assertNull(r.advancedWorkerShare());
        assertNull(r.excellentCollectiveShare());
        assertNull(r.advancedCollectiveShare());
        assertEquals(new BigDecimal("0.0000"), Rates.of(5, 0, 0, 1, 0, 0, null).advancedWorkerShare());
    }

    @Test
    void unitsComeParentFirstAndSiblingsInVietnameseOrder() {
        UUID top = UUID.randomUUID();
        UUID khoa = UUID.randomUUID();
        var units = List.of(
                new ReportRepository.Unit(UUID.randomUUID(), "P", "Phòng Đào tạo", top, true),
                new ReportRepository.Unit(UUID.randomUUID(), "T", "Tổ bộ môn Triết học", khoa, true),
                new ReportRepository.Unit(khoa, "K", "Khoa Lý luận cơ sở", top, true),
                new ReportRepository.Unit(UUID.randomUUID(), "D", "Đoàn thanh niên", top, true),
                new ReportRepository.Unit(top, "A", "Trường Chính trị", UUID.randomUUID(), true));
        assertEquals(List.of("Trường Chính trị", "Đoàn thanh niên", "Khoa Lý luận cơ sở", "Tổ bộ môn Triết học",
                "Phòng Đào tạo"), ReportService.inTreeOrder(units, top).stream().map(ReportRepository.Unit::name)
                .toList(), "Đ after D, before K; a child right after its parent");
    }
}
