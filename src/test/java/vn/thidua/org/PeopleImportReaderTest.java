package vn.thidua.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;
import vn.thidua.org.PeopleImportReader.Column;

class PeopleImportReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsVietnameseHeadersSemicolonsAndABom() {
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("""
                \uFEFFMã;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Mã đơn vị;Thư điện tử
                CB-1;Nguyễn Văn Đức;Nam;27/03/1985;Giảng viên, Khoa LLCS;K1;duc@example.vn
                """));
        assertEquals("Mã", sheet.fieldName(Column.CODE));
        assertEquals("Họ và tên", sheet.fieldName(Column.FULL_NAME));
        PeopleImportReader.Row row = sheet.rows().get(0);
        assertEquals(2, row.number());
        assertEquals(Map.of(Column.CODE, "CB-1", Column.FULL_NAME, "Nguyễn Văn Đức", Column.GENDER, "Nam",
                Column.DATE_OF_BIRTH, "27/03/1985", Column.POSITION, "Giảng viên, Khoa LLCS",
                Column.UNIT_CODE, "K1", Column.EMAIL, "duc@example.vn"), row.values());
        assertTrue(row.problems().isEmpty());
    }

    @Test
    void headersIgnoreCaseAccentsAndPunctuation() {
        assertEquals(Column.FULL_NAME, Column.byHeader("HO_VA_TEN").orElseThrow());
        assertEquals(Column.FULL_NAME, Column.byHeader(" fullname ").orElseThrow());
        assertEquals(Column.UNIT_CODE, Column.byHeader("Mã đơn vị").orElseThrow());
        assertEquals(Column.DATE_OF_BIRTH, Column.byHeader("date_of_birth").orElseThrow());
        assertFalse(Column.byHeader("Số điện thoại").isPresent());
    }

    @Test
    void rowNumbersAreSpreadsheetRowsCountingBlankLinesAndQuotedLineBreaks() {
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("code,fullName,unitCode,position\r\n"
                + "A,An,K,\"two\nlines\"\r\n"
                + "\r\n"
                + ",,,\r\n"
                + "B,Bình,K,\r\n"));
        assertEquals(List.of(2, 5), sheet.rows().stream().map(PeopleImportReader.Row::number).toList());
        assertEquals("two\nlines", sheet.rows().get(0).values().get(Column.POSITION));
        assertEquals("", sheet.rows().get(1).values().get(Column.POSITION));
    }

    @Test
    void aQuotedDelimiterStaysInItsCell() {
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("code,fullName,unitCode\nA,\"Lê, Thị\",K\n"));
        assertEquals("Lê, Thị", sheet.rows().get(0).values().get(Column.FULL_NAME));
    }

    @Test
    void aBadHeaderNamesEveryBadColumn() {
        ApiException e = assertThrows(ApiException.class,
                () -> PeopleImportReader.csv(utf8("code;Họ tên;Phone;fullName\nA;B;C;D\n")));
        assertEquals(ProblemType.VALIDATION_FAILED, e.problemType());
        assertEquals(List.of("Phone:UNKNOWN_COLUMN", "fullName:DUPLICATE_COLUMN", "unitCode:MISSING_COLUMN"),
                e.violations().stream().map(v -> v.field() + ":" + v.code()).toList());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsARowProblem() {
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("code,fullName,unitCode\nA,Lê, Thị,K\nB,X,K\n"));
        PeopleImportReader.Row shifted = sheet.rows().get(0);
        assertEquals("$", shifted.problems().get(0).field());
        assertEquals("COLUMN_COUNT", shifted.problems().get(0).code());
        assertTrue(sheet.rows().get(1).problems().isEmpty());
    }

    @Test
    void valuesAreComposedAndControlCharactersRefused() {
        String decomposed = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("code,fullName,unitCode\nA,"
                + decomposed + ",K\nB,Bad\u0001Name,K\n"));
        assertEquals("Nguyễn", sheet.rows().get(0).values().get(Column.FULL_NAME));
        assertEquals("CONTROL_CHARACTERS", sheet.rows().get(1).problems().get(0).code());
        assertEquals("fullName", sheet.rows().get(1).problems().get(0).field());
    }

    @Test
    void aCellOfNoBreakSpacesReadsAsEmptyAsInAJsonBody() {
        PeopleImportReader.Sheet sheet = PeopleImportReader.csv(utf8("code,fullName,unitCode\nA,\u00a0\u00a0,K\n"));
        assertEquals("", sheet.rows().get(0).values().get(Column.FULL_NAME));
    }

    @Test
    void unreadableFilesAreBadRequests() {
        assertEquals(ProblemType.BAD_REQUEST, assertThrows(ApiException.class,
                () -> PeopleImportReader.csv(new byte[0])).problemType());
        assertEquals("detail.import-not-utf8", assertThrows(ApiException.class,
                () -> PeopleImportReader.csv(new byte[] {'c', 'o', (byte) 0xE0, 'd', 'e'})).messageKey());
        ApiException broken = assertThrows(ApiException.class,
                () -> PeopleImportReader.csv(utf8("code,fullName,unitCode\nA,B,K\nC,\"unclosed,K\n")));
        assertEquals("detail.import-csv-malformed", broken.messageKey());
    }

    @Test
    void atMostFiftyThousandRows() {
        StringBuilder csv = new StringBuilder("code,fullName,unitCode\n");
        for (int i = 0; i <= PeopleImportReader.MAX_ROWS; i++) {
            csv.append('C').append(i).append(",An,K\n");
        }
        ApiException e = assertThrows(ApiException.class, () -> PeopleImportReader.csv(utf8(csv.toString())));
        assertEquals("detail.import-too-many-rows", e.messageKey());
    }

    @Test
    void jsonRowsAreObjectsWithTheColumnNames() throws Exception {
        PeopleImportReader.Sheet sheet = PeopleImportReader.json(utf8("""
                [{"code": 42, "fullName": "Lê Đức Anh", "unitCode": "K", "email": null, "active": false},
                 "not an object",
                 {"code": "B", "phone": "0912", "position": ["a"]}]
                """), JSON);
        assertEquals(List.of(1, 2, 3), sheet.rows().stream().map(PeopleImportReader.Row::number).toList());
        // a number is no code: refused, not read as "42"
        assertEquals(Map.of(Column.FULL_NAME, "Lê Đức Anh", Column.UNIT_CODE, "K", Column.EMAIL, "",
                Column.ACTIVE, "false"), sheet.rows().get(0).values());
        assertEquals(List.of("code:INVALID_TYPE"), sheet.rows().get(0).problems().stream()
                .map(p -> p.field() + ":" + p.code()).toList());
        assertEquals("$", sheet.rows().get(1).problems().get(0).field());
        assertEquals(List.of("phone:UNKNOWN_FIELD", "position:INVALID_TYPE"), sheet.rows().get(2).problems().stream()
                .map(p -> p.field() + ":" + p.code()).toList());
    }

    @Test
    void jsonMustBeAnArray() {
        assertEquals(ProblemType.MALFORMED_JSON, assertThrows(ApiException.class,
                () -> PeopleImportReader.json(utf8("{\"code\": \"A\"}"), JSON)).problemType());
        assertThrows(JsonParseException.class, () -> PeopleImportReader.json(utf8("[{\"code\": "), JSON));
    }
}
