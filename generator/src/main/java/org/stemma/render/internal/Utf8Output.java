package org.stemma.render.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * UTF-8 bytes into a stream through one buffer, for the big generated files (edition.json, the
 * TEI): markup known to be ASCII is copied, text is encoded and escaped in the same pass. Under the
 * client compiler the generic layers this replaces (Jackson's map serialisers, StAX over a Writer,
 * a CharsetEncoder) cost several times the work itself.
 */
public final class Utf8Output {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    /** The most bytes one char of text can become: \\uD83D in JSON, &quot; in XML. */
    private static final int MAX_PER_CHAR = 6;
    private char[] chars = new char[256];
    private int size;

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    /** Markup: every char must be ASCII. */
    public void ascii(String s) throws IOException {
        int n = s.length();
        if (size + n > buf.length) flush();
        if (n > buf.length) {
            for (int i = 0; i < n; i++) ascii(s.charAt(i));
            return;
        }
        s.getBytes(0, n, buf, size); // deprecated for dropping the high byte, which ASCII does not have
        size += n;
    }

    public void ascii(char c) throws IOException {
        if (size == buf.length) flush();
        buf[size++] = (byte) c;
    }

    /** Markup already in bytes (indentation); at most the buffer's size. */
    public void bytes(byte[] b) throws IOException {
        if (size + b.length > buf.length) flush();
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    public void number(long n) throws IOException {
        ascii(Long.toString(n));
    }

    /**
     * {@code s} as UTF-8; an ASCII char with an entry in {@code escapes} is written as that entry.
     * A surrogate is written as a {@code \\uXXXX} escape when {@code escapeSurrogates} (as JSON
     * generators do), else a pair as its code point and a lone one as '?' (as String.getBytes does).
     */
    public void text(String s, byte[][] escapes, boolean escapeSurrogates) throws IOException {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        char[] cs = chars;
        s.getChars(0, n, cs, 0);
        byte[] b = buf;
        int i = 0;
        while (i < n) {
            // Room for a run of chars at their longest, so that the inner loop looks only at chars.
            int room = b.length - size;
            if (room < MAX_PER_CHAR * Math.min(n - i, 1024)) {
                flush();
                room = b.length;
            }
            int end = Math.min(n, i + room / MAX_PER_CHAR);
            int at = size;
            for (; i < end; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    byte[] e = escapes[c];
                    if (e == null) {
                        b[at++] = (byte) c;
                    } else {
                        System.arraycopy(e, 0, b, at, e.length);
                        at += e.length;
                    }
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (escapeSurrogates) {
                    b[at++] = '\\';
                    b[at++] = 'u';
                    b[at++] = HEX[c >> 12];
                    b[at++] = HEX[c >> 8 & 0xF];
                    b[at++] = HEX[c >> 4 & 0xF];
                    b[at++] = HEX[c & 0xF];
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
                    // A pair may end one char past the run: its 4 bytes fit in the room kept for its first char.
                    int cp = Character.toCodePoint(c, cs[++i]);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[at++] = '?';
                }
            }
            size = at;
        }
    }

    /** Writes what is buffered; the stream itself is the caller's to flush and close. */
    public void flush() throws IOException {
        out.write(buf, 0, size);
        size = 0;
    }
}
