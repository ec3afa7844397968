package org.stemma.export;

import java.util.Random;

/** Short random strings over a chosen alphabet, for checking a fast routine against its definition. */
final class RandomText {
    private RandomText() {
    }

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    static String of(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }
}
