package org.stemma.align.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tokens met so far, each once, numbered, shared by the tokenizers of all threads of one
 * aligner: a word is folded and transliterated once, and a witness pair's vocabulary is built from
 * token numbers with arrays rather than from strings with hash maps. The numbers depend on thread
 * timing but never reach the result: a pair numbers its tokens again, by first occurrence.
 */
public final class Lexicon {
    /** A token (kind prefix + text) and its number in this lexicon. */
    record Token(String text, int id) {}

    private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
    /** Word → the tokens it yields (numbers, word, stem), in order. */
    final ConcurrentHashMap<String, Token[]> words = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    public Lexicon() {}

    Token token(String text) {
        Token t = tokens.get(text);
        return t != null ? t : tokens.computeIfAbsent(text, k -> new Token(k, next.getAndIncrement()));
    }
}
