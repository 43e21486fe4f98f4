package vn.thidua.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;
import vn.thidua.pledge.PledgeImportReader.Column;

class PledgeImportReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> commitments(PledgeImportReader.Row row) {
        return row.commitments().stream()
                .map(c -> c.field() + "=" + c.commitment().movementKey() + ":" + c.commitment().text()).toList();
    }

    @Test
    void vietnameseHeadersTitlesSeparatedByPipesAndACommitmentColumnPerMovement() {
        PledgeImportReader.Sheet sheet = PledgeImportReader.csv(utf8("""
                \uFEFFMã cán bộ;Danh hiệu;Đợt;Cam kết: gd5t;commitment:DVCS
                CB-1; ADVANCED_WORKER | GRASSROOTS_EMULATION_FIGHTER |;1;Giảng đủ giờ; 
                """));
        assertEquals("Mã cán bộ", sheet.fieldName(Column.PERSON_CODE));
        assertEquals("Danh hiệu", sheet.fieldName(Column.TITLES));
        PledgeImportReader.Row row = sheet.rows().get(0);
        assertEquals(2, row.number());
        assertEquals(List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER"), row.titles());
        assertEquals("1", row.values().get(Column.PHASE));
        assertEquals(List.of("Cam kết: gd5t=GD5T:Giảng đủ giờ"), commitments(row));
        assertTrue(row.problems().isEmpty());
    }

    @Test
    void commitmentColumnsAreRecognisedByTheirPrefix() {
        assertEquals(Optional.of("GD5T"), PledgeImportReader.movementKey("commitment:GD5T"));
        assertEquals(Optional.of("DV_CS"), PledgeImportReader.movementKey("CAM KET : dv_cs"));
        assertEquals(Optional.empty(), PledgeImportReader.movementKey("commitment:"));
        assertEquals(Optional.empty(), PledgeImportReader.movementKey("note:GD5T"));
        assertEquals(Column.UNIT_CODE, Column.byHeader("MA_DON_VI").orElseThrow());
    }

    @Test
    void aBadHeaderNamesEveryBadColumn() {
        ApiException e = assertThrows(ApiException.class, () -> PledgeImportReader.csv(
                utf8("Danh hiệu,Phone,titles,commitment:GD5T,Cam kết:gd5t\nA,B,C,D,E\n")));
        assertEquals(ProblemType.VALIDATION_FAILED, e.problemType());
        assertEquals(List.of("Phone:UNKNOWN_COLUMN", "titles:DUPLICATE_COLUMN", "Cam kết:gd5t:DUPLICATE_COLUMN",
                        "personCode:MISSING_COLUMN"),
                e.violations().stream().map(v -> v.field() + ":" + v.code()).toList());
    }

    @Test
    void rowProblemsStayOnTheirRow() {
        PledgeImportReader.Sheet sheet = PledgeImportReader.csv(utf8(
                "personCode,unitCode,titles\nA,,X,extra\nB,,Y\u0001\n,,\n,K,Z\n"));
        assertEquals(List.of(2, 3, 5), sheet.rows().stream().map(PledgeImportReader.Row::number).toList());
        assertEquals("$:COLUMN_COUNT", problem(sheet.rows().get(0)));
        assertEquals("titles:CONTROL_CHARACTERS", problem(sheet.rows().get(1)));
        assertEquals(Map.of(Column.UNIT_CODE, "K", Column.TITLES, "Z"), sheet.rows().get(2).values());
    }

    private static String problem(PledgeImportReader.Row row) {
        return row.problems().get(0).field() + ":" + row.problems().get(0).code();
    }

    @Test
    void aJsonFileSavedWithAByteOrderMarkIsReadAsWithout() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] rows = utf8("[{\"personCode\": \"CB-1\", \"titles\": [\"ADVANCED_WORKER\"]}]");
        byte[] file = java.util.Arrays.copyOf(bom, bom.length + rows.length);
        System.arraycopy(rows, 0, file, bom.length, rows.length);
        PledgeImportReader.Sheet sheet = PledgeImportReader.json(file, JSON);
        assertEquals("CB-1", sheet.rows().get(0).values().get(Column.PERSON_CODE));
        assertTrue(sheet.rows().get(0).problems().isEmpty());
    }

    @Test
    void aJsonRowsValueOfAnotherTypeThanItsColumnsIsRefusedNotConverted() throws Exception {
        PledgeImportReader.Sheet sheet = PledgeImportReader.json(utf8("""
                [{"personCode": 42, "unitCode": true, "titles": ["ADVANCED_WORKER"], "phase": "1"},
                 {"personCode": "CB-1", "titles": ["ADVANCED_WORKER"], "phase": 1.5}]
                """), JSON);
        assertEquals(List.of("personCode:INVALID_TYPE", "unitCode:INVALID_TYPE", "phase:INVALID_TYPE"),
                sheet.rows().get(0).problems().stream().map(p -> p.field() + ":" + p.code()).toList());
        assertEquals(List.of("phase:INVALID_TYPE"),
                sheet.rows().get(1).problems().stream().map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    void jsonRowsUseTheSameNamesWithTitlesAsAnArrayAndCommitmentsAsAnObject() throws Exception {
        PledgeImportReader.Sheet sheet = PledgeImportReader.json(utf8("""
                [{"personCode": "CB-1", "titles": ["ADVANCED_WORKER"], "phase": 2,
                  "commitments": {"GD5T": "Giảng đủ giờ", "DVCS": "", "NCKH": null}},
                 {"unitCode": "K", "titles": "ADVANCED_COLLECTIVE", "commitments": [], "note": "x"},
                 [1],
                 {"personCode": {"id": 1}, "titles": [1], "commitments": {"GD5T": 5}}]
                """), JSON);
        assertEquals(List.of(1, 2, 3, 4), sheet.rows().stream().map(PledgeImportReader.Row::number).toList());
        PledgeImportReader.Row first = sheet.rows().get(0);
        assertEquals(List.of("ADVANCED_WORKER"), first.titles());
        assertEquals("2", first.values().get(Column.PHASE));
        assertEquals(List.of("commitments.GD5T=GD5T:Giảng đủ giờ"), commitments(first));
        assertTrue(first.problems().isEmpty());
        assertEquals(List.of("titles:INVALID_TYPE", "commitments:INVALID_TYPE", "note:UNKNOWN_FIELD"),
                sheet.rows().get(1).problems().stream().map(p -> p.field() + ":" + p.code()).toList());
        assertEquals("$:INVALID_TYPE", problem(sheet.rows().get(2)));
        assertEquals(List.of("personCode:INVALID_TYPE", "titles[0]:INVALID_TYPE", "commitments.GD5T:INVALID_TYPE"),
                sheet.rows().get(3).problems().stream().map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    void atMostFiftyThousandRows() {
        StringBuilder csv = new StringBuilder("personCode,titles\n");
        for (int i = 0; i <= PledgeImportReader.MAX_ROWS; i++) {
            csv.append('C').append(i).append(",ADVANCED_WORKER\n");
        }
        ApiException e = assertThrows(ApiException.class, () -> PledgeImportReader.csv(utf8(csv.toString())));
        assertEquals("detail.import-too-many-rows", e.messageKey());
        assertEquals(ProblemType.MALFORMED_JSON, assertThrows(ApiException.class,
                () -> PledgeImportReader.json(utf8("{\"personCode\": \"A\"}"), JSON)).problemType());
    }
}
