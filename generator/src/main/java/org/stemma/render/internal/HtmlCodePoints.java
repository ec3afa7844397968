package org.stemma.render.internal;

import java.nio.charset.StandardCharsets;

/**
 * The code points HTML forbids in a document (controls other than tab, line feed, form feed and
 * carriage return; the C1 controls; noncharacters) and what a page shows instead. A scraped source
 * may hold any of them: the verbatim copy keeps them, but on a page a browser shows nothing where
 * one stands and the validator rejects the page. C0 controls and DEL become their Control Pictures
 * (U+2400–U+2421: a bell is ␇), so an editor sees what the source holds; the others U+FFFD.
 */
final class HtmlCodePoints {
    private HtmlCodePoints() {
    }

    /**
     * True if the UTF-8 in {@code utf8[0, size)} holds none of them. One pass over the bytes: printable
     * ASCII is one comparison, and only the lead bytes that can start a forbidden sequence
     * (C2: C1 controls; EF: U+FDD0–FDEF and U+FFFE/FFFF; F0–F4: noncharacters above the BMP) look further.
     */
    static boolean allowed(byte[] utf8, int size) {
        for (int i = 0; i < size; i++) {
            int b = utf8[i];
            if (b >= 0x20 && b != 0x7F) continue;
            if (b >= 0) {
                if (b == 0x7F || b != '\t' && b != '\n' && b != '\f' && b != '\r') return false;
            } else if (b == (byte) 0xC2) {
                if (i + 1 < size && (utf8[i + 1] & 0xFF) <= 0x9F) return false;
            } else if (b == (byte) 0xEF) {
                if (i + 2 < size && forbidden(((utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F) | 0xF000)) return false;
            } else if ((b & 0xF8) == 0xF0 && i + 3 < size) {
                // U+nFFFE and U+nFFFF: the low 16 bits are the last 4 of byte 2 and all 12 of bytes 3 and 4, but one
                if ((utf8[i + 1] & 0x0F) == 0x0F && (utf8[i + 2] & 0x3F) == 0x3F && (utf8[i + 3] & 0x3E) == 0x3E) return false;
            }
        }
        return true;
    }

    /** The page's bytes with each forbidden code point replaced; for the rare page that has one. */
    static byte[] replaced(byte[] utf8, int size) {
        String page = new String(utf8, 0, size, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(page.length());
        for (int i = 0; i < page.length(); ) {
            int cp = page.codePointAt(i);
            i += Character.charCount(cp);
            if (!forbidden(cp)) b.appendCodePoint(cp);
            else if (cp < 0x20) b.append((char) (0x2400 + cp));
            else if (cp == 0x7F) b.append('\u2421');
            else b.append('\uFFFD');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static boolean forbidden(int cp) {
        if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r';
        return cp >= 0x7F && cp <= 0x9F || cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }
}
