package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldsCaseAndEveryVietnameseDiacriticIncludingDStroke() {
        assertEquals("nguyen van duc", Text.fold("Nguyễn Văn Đức"));
        assertEquals("truong chinh tri tinh lai chau", Text.fold("Trường Chính trị tỉnh Lai Châu"));
        assertEquals("dang ky thi dua", Text.fold("ĐĂNG KÝ THI ĐUA"));
    }

    @Test
    void decomposedInputFoldsAndNormalisesLikeComposed() {
        String nfd = Normalizer.normalize("Nguyễn Văn Đức", Normalizer.Form.NFD);
        assertNotEquals("Nguyễn Văn Đức", nfd);
        assertEquals("Nguyễn Văn Đức", Text.nfc(nfd));
        assertEquals("nguyen van duc", Text.fold(nfd));
    }

    @Test
    void containsPatternEscapesLikeWildcards() {
        assertEquals("%50\\% \\_x\\\\%", Text.containsPattern(" 50% _x\\ "));
        assertEquals("%nguyen van%", Text.containsPattern("Nguyễn  Văn".replace("  ", " ")));
    }

    @Test
    void onlyControlCharactersOtherThanWhitespaceAreForbidden() {
        assertTrue(Text.hasForbiddenCharacters("a\u0000b"));
        assertTrue(Text.hasForbiddenCharacters("bell\u0007"));
        assertFalse(Text.hasForbiddenCharacters("line one\nline two\ttab\r\n"));
        assertFalse(Text.hasForbiddenCharacters("emoji 🎉 and RTL \u05d0"));
        assertTrue(Text.hasForbiddenCharacters("unit separator \u001f"));
        assertTrue(Text.hasForbiddenCharacters("delete \u007f"));
        assertTrue(Text.hasForbiddenCharacters("C1 \u0080 and \u009f"));
        assertFalse(Text.hasForbiddenCharacters("no-break space \u00a0, Vietnamese Nguyễn Văn Đức"));
        assertFalse(Text.hasForbiddenCharacters(null));
        assertTrue(Text.hasForbiddenCharacters("lone low \udc00"), "half a surrogate pair is no character");
        assertTrue(Text.hasForbiddenCharacters("\ud800 lone high"));
        assertTrue(Text.hasForbiddenCharacters("reversed \udc00\ud800"));
        assertFalse(Text.hasForbiddenCharacters("paired \ud800\udc00"));
    }

    @Test
    void aStringOfSpacesOfAnyKindIsInvisible() {
        assertTrue(Text.isInvisible(" \t "));
        assertTrue(Text.isInvisible("\u00a0\u2003\u3000\ufeff\u2028"));
        assertFalse(Text.isInvisible("\u00a0Hoa\u00a0"));
        assertFalse(Text.isInvisible(""));
        assertFalse(Text.isInvisible(null));
    }
}
