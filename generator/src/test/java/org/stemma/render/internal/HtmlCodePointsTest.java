package org.stemma.render.internal;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlCodePointsTest {

    /** The byte scan that spares clean pages the slow path must find exactly the code points HTML forbids. */
    @Test
    void theByteScanFindsEveryForbiddenCodePointAndNothingElse() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) continue;
            byte[] b = ("a" + Character.toString(cp) + "b").getBytes(StandardCharsets.UTF_8);
            if (HtmlCodePoints.forbidden(cp) == HtmlCodePoints.allowed(b, b.length)) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + ": forbidden " + HtmlCodePoints.forbidden(cp));
            }
        }
    }

    @Test
    void pagesShowControlsAsTheirPicturesAndOtherForbiddenCodePointsAsReplacements() throws Exception {
        String page = "<p title=\"a\u0000b\">bell\u0007 tab\t lf\n ff\f cr\r esc\u001B del\u007F c1\u0085\u009F"
                + " nonchar\uFDD0\uFFFE \uD83F\uDFFF kept: \u00A0\u00E9\uFDCF\uFDF0\uD83D\uDE00</p>";
        Utf8Writer w = new Utf8Writer(16);
        w.write(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        assertEquals("<p title=\"a\u2400b\">bell\u2407 tab\t lf\n ff\f cr\r esc\u241B del\u2421 c1\uFFFD\uFFFD"
                + " nonchar\uFFFD\uFFFD \uFFFD kept: \u00A0\u00E9\uFDCF\uFDF0\uD83D\uDE00</p>", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanPageIsWrittenAsItWasMade() throws Exception {
        String page = "<p>Тiếng Việt — é ↩ \uD83D\uDE00 \u00A0</p>\n";
        Utf8Writer w = new Utf8Writer(16);
        w.write(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.writeTo(out);
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
