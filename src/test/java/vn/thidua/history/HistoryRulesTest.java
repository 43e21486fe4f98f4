package vn.thidua.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.common.error.ApiException.FieldViolation;

/** The pure parts of history: how imported cells read, and where an initiative of several authors belongs. */
class HistoryRulesTest {

    private static String read(ImportCells.Cell cell, String text) {
        List<FieldViolation> problems = new ArrayList<>();
        JsonNode value = cell.read("field", text, problems);
        return value == null ? "! " + problems.get(0).code() : value.isArray() ? value.toString() : value.asText();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Hoàn thành xuất sắc nhiệm vụ;EXCELLENT", "HTXS;EXCELLENT", "htxs;EXCELLENT", "excellent;EXCELLENT",
            "HOAN THANH TOT NHIEM VU;GOOD", "HTT;GOOD", "Hoàn thành nhiệm vụ;COMPLETED", "ht;COMPLETED",
            "Không hoàn thành nhiệm vụ;NOT_COMPLETED", "KHT;NOT_COMPLETED", "not completed;NOT_COMPLETED",
            "Tốt;! INVALID_VALUE"})
    void ratingsAreReadAsVietnameseSpreadsheetsWriteThem(String text, String expected) {
        assertEquals(expected, read(ImportCells.RATING, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Khiển trách;REPRIMAND", "khien trach;REPRIMAND", "Cảnh cáo;WARNING", "Hạ bậc lương;SALARY_DOWNGRADE",
            "Giáng chức;DEMOTION", "Cách chức;REMOVAL_FROM_OFFICE", "Buộc thôi việc;DISMISSAL",
            "salary-downgrade;SALARY_DOWNGRADE", "Đình chỉ;! INVALID_VALUE"})
    void measuresAreReadAsVietnameseSpreadsheetsWriteThem(String text, String expected) {
        assertEquals(expected, read(ImportCells.MEASURE, text));
    }

    @Test
    void datesNumbersAndCodeListsAreReadAsOfficesWriteThem() {
        assertEquals("2024-03-05", read(ImportCells.DATE, "5/3/2024"));
        assertEquals("2024-03-05", read(ImportCells.DATE, "2024-03-05"));
        assertEquals("! INVALID_TYPE", read(ImportCells.DATE, "31/02/2024"));
        assertEquals("! INVALID_TYPE", read(ImportCells.INTEGER, "2024.5"));
        assertEquals("[\"TCT-017\",\"TCT-018\"]", read(ImportCells.CODES, " TCT-017 | |TCT-018"));
        assertEquals("PROVINCE", read(ImportCells.LEVEL, "Cấp tỉnh"));
        assertEquals("SCIENCE_PROJECT", read(ImportCells.INITIATIVE, "Đề tài khoa học"));
        assertEquals("INSPECTION", read(ImportCells.PROCEEDING, "Kiểm tra"));
    }

    @Test
    void anInitiativeBelongsToTheNearestUnitHoldingAllItsAuthors() {
        UUID root = UUID.randomUUID();
        UUID agency = UUID.randomUUID();
        UUID faculty = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        String agencyPath = "/" + root + "/" + agency + "/";
        assertEquals(faculty, Initiatives.nearestCommonUnit(List.of(agencyPath + faculty + "/")));
        assertEquals(faculty, Initiatives.nearestCommonUnit(List.of(agencyPath + faculty + "/",
                agencyPath + faculty + "/")));
        assertEquals(agency, Initiatives.nearestCommonUnit(List.of(agencyPath + faculty + "/",
                agencyPath + office + "/")));
        assertEquals(agency, Initiatives.nearestCommonUnit(List.of(agencyPath + faculty + "/", agencyPath)));
    }

    @Test
    void noteTextsAreStrippedAndBlankOnesDropped() {
        assertEquals("Ghi chú", vn.thidua.common.text.Text.blankToNull("  Ghi chú \n"));
        assertNull(vn.thidua.common.text.Text.blankToNull(" \t "));
        assertNull(vn.thidua.common.text.Text.blankToNull(null));
    }
}
