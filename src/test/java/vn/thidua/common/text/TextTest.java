package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void controlCharactersOtherThanTabAndLineBreaksAreUnprintable() {
        assertTrue(Text.hasUnprintableCharacters("a\u0000b"));
        assertTrue(Text.hasUnprintableCharacters("bell\u0007"));
        assertFalse(Text.hasUnprintableCharacters("line one\nline two\ttab\r\n"));
        assertFalse(Text.hasUnprintableCharacters("emoji 🎉 and RTL \u05d0"));
        assertTrue(Text.hasUnprintableCharacters("unit separator \u001f"));
        assertTrue(Text.hasUnprintableCharacters("delete \u007f"));
        assertTrue(Text.hasUnprintableCharacters("C1 \u0080 and \u009f"), "Windows-1252 punctuation read as Latin-1");
        assertTrue(Text.hasUnprintableCharacters("next line \u0085"));
        assertFalse(Text.hasUnprintableCharacters("no-break space \u00a0, Vietnamese Nguyễn Văn Đức"));
        assertFalse(Text.hasUnprintableCharacters(null));
    }

    @Test
    void loneSurrogatesAreUnprintable() {
        assertTrue(Text.hasUnprintableCharacters("lone low \udc00"), "half a surrogate pair is no character");
        assertTrue(Text.hasUnprintableCharacters("\ud800 lone high"));
        assertTrue(Text.hasUnprintableCharacters("ends on a high \ud83c"));
        assertTrue(Text.hasUnprintableCharacters("reversed \udc00\ud800"));
        assertFalse(Text.hasUnprintableCharacters("paired \ud800\udc00"));
    }

    @Test
    void everyNoncharacterIsUnprintableAndItsNeighboursAreNot() {
        for (int plane = 0; plane <= 16; plane++) {
            int end = plane * 0x10000 + 0xFFFE;
            assertTrue(Text.hasUnprintableCharacters("x" + Character.toString(end)), Integer.toHexString(end));
            assertTrue(Text.hasUnprintableCharacters(Character.toString(end + 1) + "x"), Integer.toHexString(end + 1));
            assertFalse(Text.hasUnprintableCharacters(Character.toString(end - 1)), Integer.toHexString(end - 1));
        }
        for (int c = 0xFDD0; c <= 0xFDEF; c++) {
            assertTrue(Text.hasUnprintableCharacters(Character.toString(c)), Integer.toHexString(c));
        }
        assertFalse(Text.hasUnprintableCharacters("\uFDCF \uFDF0 \uFFFD \uFEFF"), "their neighbours are characters");
        assertFalse(Text.hasUnprintableCharacters("private use \uE000 \uDB80\uDC00"));
    }

    @Test
    void printableReplacesWhatCannotBePrintedAndKeepsTheRest() {
        assertEquals("Biên bản \uFFFD họp \uFFFD\uFFFD.\n\t🎉",
                Text.printable("Biên bản \uFFFE họp \u0000\ud800.\n\t🎉"));
        assertEquals("\uFFFD", Text.printable(Character.toString(0x10FFFF)), "one mark for a whole code point");
        String clean = "Nguyễn Văn Đức";
        assertSame(clean, Text.printable(clean));
        assertNull(Text.printable(null));
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
