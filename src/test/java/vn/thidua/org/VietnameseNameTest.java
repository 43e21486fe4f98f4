package vn.thidua.org;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VietnameseNameTest {

    private static final Comparator<byte[]> BYTES = Arrays::compareUnsigned;

    @Test
    void theFirstWordIsTheFamilyNameTheLastTheGivenNameAndTheRestTheMiddleName() {
        VietnameseName name = VietnameseName.of("Nguyễn Văn Đức");
        assertEquals("Nguyễn", name.familyName());
        assertEquals("Văn", name.middleName());
        assertEquals("Đức", name.givenName());

        VietnameseName longer = VietnameseName.of("Tôn Nữ Thị Hà");
        assertEquals("Tôn", longer.familyName());
        assertEquals("Nữ Thị", longer.middleName());
        assertEquals("Hà", longer.givenName());
    }

    @Test
    void aTwoWordNameHasNoMiddleName() {
        VietnameseName name = VietnameseName.of("Lò Pọm");
        assertEquals("Lò", name.familyName());
        assertNull(name.middleName());
        assertEquals("Pọm", name.givenName());
    }

    @Test
    void aOneWordNameIsBothGivenAndFamilyName() {
        VietnameseName name = VietnameseName.of("Hùng");
        assertEquals("Hùng", name.givenName());
        assertEquals("Hùng", name.familyName());
        assertNull(name.middleName());
    }

    @Test
    void whitespaceIsCollapsedAndDecomposedTextComposed() {
        String decomposed = Normalizer.normalize("Trần Thị Ánh", Normalizer.Form.NFD);
        VietnameseName name = VietnameseName.of("  " + decomposed.replace(" ", " \t\u00A0 ") + " ");
        assertEquals("Trần Thị Ánh", name.fullName());
        assertEquals("Ánh", name.givenName());
        assertTrue(Normalizer.isNormalized(name.givenName(), Normalizer.Form.NFC));
        assertArrayEquals(VietnameseName.collationKey("Ánh"), VietnameseName.collationKey(
                Normalizer.normalize("Ánh", Normalizer.Form.NFD)));
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VietnameseName.of("   "));
        assertThrows(IllegalArgumentException.class, () -> VietnameseName.of(null));
    }

    @Test
    void keysFollowTheVietnameseAlphabetThenTonesThenCase() {
        List<String> expected = List.of("an", "An", "Anh", "Ánh", "Ăn", "Ân", "Bình", "Dung", "Dũng", "Đức",
                "Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "On", "Ôn", "Ơn", "Ung", "Ưng", "Yến");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(42));
        shuffled.sort(Comparator.comparing(VietnameseName::collationKey, BYTES));
        assertEquals(expected, shuffled);
    }

    @Test
    void unsignedByteOrderOfKeysEqualsTheCollatorsOrder() {
        List<String> words = List.of("Anh", "Ánh", "Ăn", "Ân", "Bình", "Dung", "Dũng", "Đức", "Ngọc", "Nguyệt",
                "Nguyễn", "Nhung", "Phương", "Quỳnh", "Thủy", "Thuỷ", "Tú", "Tuấn", "Út", "Ưng", "Xuân", "Yến", "");
        for (String a : words) {
            for (String b : words) {
                int byCollator = Integer.signum(VietnameseName.compare(a, b));
                int byKeys = Integer.signum(BYTES.compare(VietnameseName.collationKey(a),
                        VietnameseName.collationKey(b)));
                assertEquals(byCollator, byKeys, a + " vs " + b);
            }
        }
    }

    @Test
    void aShorterWordSortsBeforeItsLongerContinuation() {
        assertTrue(BYTES.compare(VietnameseName.collationKey("An"), VietnameseName.collationKey("Anh")) < 0);
        assertTrue(BYTES.compare(VietnameseName.collationKey("Thị"), VietnameseName.collationKey("Thịnh")) < 0);
    }

    @Test
    void aMissingMiddleNameSortsFirst() {
        byte[] none = VietnameseName.of("Lò Pọm").middleKey();
        assertArrayEquals(VietnameseName.collationKey(""), none);
        assertTrue(BYTES.compare(none, VietnameseName.of("Lò Văn Pọm").middleKey()) < 0);
    }

    @Test
    void staffListsSortByGivenNameThenFamilyThenMiddle() {
        List<String> expected = List.of("Nguyễn Thị An", "Nguyễn Văn An", "Lê Đức Anh", "Trần Thị Ánh",
                "Hoàng Văn Bình", "Đỗ Thị Dung", "Phạm Văn Đức");
        List<VietnameseName> names = new ArrayList<>(expected.stream().map(VietnameseName::of).toList());
        Collections.shuffle(names, new Random(7));
        names.sort(Comparator.comparing(VietnameseName::givenKey, BYTES)
                .thenComparing(VietnameseName::familyKey, BYTES)
                .thenComparing(VietnameseName::middleKey, BYTES));
        assertEquals(expected, names.stream().map(VietnameseName::fullName).toList());
    }

    @Test
    void theLongestPartIsMeasured() {
        assertEquals(6, VietnameseName.of("Nguyễn Văn An").longestPart());
        assertEquals(10, VietnameseName.of("Lê Nguyễn Thị Hà").longestPart());
    }
}
