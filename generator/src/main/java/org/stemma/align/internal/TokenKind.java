package org.stemma.align.internal;

/**
 * Kinds of evidence, with how much one shared token of the kind is worth before rarity weighting.
 * Language-independent tokens (numbers, URLs, emoji...) are worth more than word stems, which can
 * collide by accident across languages.
 */
enum TokenKind {
    NUMBER('n', 3.0),
    LIST('l', 3.0),
    URL('u', 4.0),
    EMOJI('e', 3.0),
    TAG('h', 3.0),
    PUNCT('p', 0.5),
    WORD('w', 1.0),
    STEM('s', 1.0);

    final String prefix;
    final double weight;

    TokenKind(char prefix, double weight) {
        this.prefix = String.valueOf(prefix);
        this.weight = weight;
    }

    static TokenKind of(String token) {
        char c = token.charAt(0);
        for (TokenKind k : values()) {
            if (k.prefix.charAt(0) == c) {
                return k;
            }
        }
        throw new IllegalArgumentException(token);
    }
}
