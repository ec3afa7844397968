package org.stemma.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's UTF-8 bytes, made as the template writes. A StringWriter turns the whole page into
 * UTF-16 once one character is outside Latin-1 (every page has a ↩ or a —), and the page was then
 * copied again and encoded char by char; here each piece is encoded once, and the many pieces of
 * plain ASCII markup are copied rather than encoded. Same bytes as {@code String.getBytes(UTF_8)}
 * of the whole page, a lone surrogate included ('?'), even for a pair split between two writes.
 */
final class Utf8Writer extends Writer {
    /** Below this, a piece is encoded in place rather than through String.getBytes, which allocates. */
    private static final int COPY_FROM = 24;

    private byte[] buf;
    private int size;
    /** A high surrogate that ended the last write, or 0: its pair may start the next. */
    private char pending;

    Utf8Writer(int capacity) {
        buf = new byte[capacity];
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) {
        if (len == 0) return;
        ensure(len * 3 + 3);
        if (pending != 0 && takePair(s.charAt(off))) {
            off++;
            len--;
        }
        if (len >= COPY_FROM && off == 0 && len == s.length() && !Character.isHighSurrogate(s.charAt(len - 1))) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
            return;
        }
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[size++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                putCodePoint(Character.toCodePoint(c, s.charAt(++i)));
            } else if (i + 1 == end && Character.isHighSurrogate(c)) {
                pending = c;
            } else {
                putChar(c);
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        if (len == 0) return;
        ensure(len * 3 + 3);
        if (pending != 0 && takePair(cbuf[off])) {
            off++;
            len--;
        }
        for (int i = off, end = off + len; i < end; i++) {
            char c = cbuf[i];
            if (c < 0x80) {
                buf[size++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(cbuf[i + 1])) {
                putCodePoint(Character.toCodePoint(c, cbuf[++i]));
            } else if (i + 1 == end && Character.isHighSurrogate(c)) {
                pending = c;
            } else {
                putChar(c);
            }
        }
    }

    /** After a write that ended in a high surrogate: true if {@code c} completes its pair, which is then written. */
    private boolean takePair(char c) {
        char high = pending;
        pending = 0;
        if (Character.isLowSurrogate(c)) {
            putCodePoint(Character.toCodePoint(high, c));
            return true;
        }
        buf[size++] = '?';
        return false;
    }

    @Override
    public void write(int c) {
        write(new char[]{(char) c}, 0, 1);
    }

    /** One char that is not ASCII and not half of a pair. */
    private void putChar(char c) {
        if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | c >> 6);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
            buf[size++] = '?';
        } else {
            buf[size++] = (byte) (0xE0 | c >> 12);
            buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void putCodePoint(int cp) {
        buf[size++] = (byte) (0xF0 | cp >> 18);
        buf[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[size++] = (byte) (0x80 | cp & 0x3F);
    }

    private void ensure(int more) {
        if (buf.length - size < more) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    void writeTo(OutputStream out) throws IOException {
        if (pending != 0) {
            pending = 0;
            buf[size++] = '?'; // room: every write reserves 3 bytes more than it can use
        }
        if (!HtmlCodePoints.allowed(buf, size)) {
            buf = HtmlCodePoints.replaced(buf, size);
            size = buf.length;
        }
        out.write(buf, 0, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
