package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;

class SpreadsheetCsvTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() {
        assertEquals(',', SpreadsheetCsv.delimiterOf("code,fullName,unitCode\nA;B;C"));
        assertEquals(';', SpreadsheetCsv.delimiterOf("code;fullName;unitCode\nA,B,C"));
        assertEquals(',', SpreadsheetCsv.delimiterOf("code"));
    }

    @Test
    void aBomIsDroppedAndTheHeaderStripped() {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(utf8("\uFEFF Mã cán bộ ;Danh hiệu\nA; x \n"), 10);
        assertEquals(List.of("Mã cán bộ", "Danh hiệu"), table.header());
        assertEquals(List.of("A", " x "), table.lines().get(0).cells());
    }

    @Test
    void linesKeepTheirSpreadsheetRowNumbers() {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(utf8("a,b\r\n1,\"two\nlines\"\r\n\r\n,\r\n3,4\r\n"), 10);
        assertEquals(List.of(2, 5), table.lines().stream().map(SpreadsheetCsv.Line::number).toList());
    }

    @Test
    void aLineThatDoesNotLineUpWithTheHeaderIsItsOwnProblem() {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(utf8("a,b\n1,2,3\n4,5\n"), 10);
        SpreadsheetCsv.Line shifted = table.lines().get(0);
        assertEquals("$:COLUMN_COUNT", shifted.problems().get(0).field() + ":" + shifted.problems().get(0).code());
        assertTrue(shifted.cells().isEmpty());
        assertTrue(table.lines().get(1).problems().isEmpty());
    }

    @Test
    void headerKeysIgnoreCaseAccentsAndPunctuation() {
        assertEquals("macanbo", SpreadsheetCsv.headerKey("Mã cán bộ"));
        assertEquals("macanbo", SpreadsheetCsv.headerKey(" MA_CAN_BO "));
    }

    @Test
    void unreadableFilesAreBadRequests() {
        assertEquals("detail.import-empty", assertThrows(ApiException.class,
                () -> SpreadsheetCsv.read(utf8("\uFEFF \n"), 10)).messageKey());
        ApiException notUtf8 = assertThrows(ApiException.class,
                () -> SpreadsheetCsv.read(new byte[] {'a', (byte) 0xE0, 'b'}, 10));
        assertEquals(ProblemType.BAD_REQUEST, notUtf8.problemType());
        assertEquals("detail.import-not-utf8", notUtf8.messageKey());
        ApiException broken = assertThrows(ApiException.class,
                () -> SpreadsheetCsv.read(utf8("a,b\n1,2\n3,\"open\n"), 10));
        assertEquals("detail.import-csv-malformed", broken.messageKey());
        ApiException tooMany = assertThrows(ApiException.class,
                () -> SpreadsheetCsv.read(utf8("a\n1\n2\n3\n"), 2));
        assertEquals("detail.import-too-many-rows", tooMany.messageKey());
        assertEquals(List.of(2), List.of(tooMany.args()));
    }
}
