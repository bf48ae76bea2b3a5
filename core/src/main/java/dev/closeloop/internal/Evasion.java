package dev.closeloop.internal;

/** Names the disguise a seller used, from the original text of a finding, for its explanation. */
final class Evasion {
    private Evasion() {}

    /**
     * @param original the original excerpt
     * @return a short phrase such as "written with Chinese numerals", or empty when written plainly
     */
    static String of(String original) {
        boolean chinese = false;
        boolean wide = false;
        boolean circled = false;
        boolean keycap = false;
        boolean zeroWidth = false;
        boolean mixedScript = false;
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            chinese |= NumberRun.chineseDigit(c) >= 0;
            wide |= c >= 0xFF01 && c <= 0xFF5E;
            circled |= c >= 0x2460 && c <= 0x24FF || c >= 0x2776 && c <= 0x2793;
            keycap |= c == 0x20E3;
            zeroWidth |= c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
            latin |= c < 128 && Character.isLetter(c);
            cyrillic |= c >= 0x0400 && c <= 0x04FF;
            mixedScript |= c >= 0x0370 && c <= 0x03FF;
        }
        mixedScript |= latin && cyrillic;
        if (chinese) {
            return "written with Chinese numerals";
        }
        if (circled) {
            return "written with circled digits";
        }
        if (keycap) {
            return "written with keycap emoji";
        }
        if (wide) {
            return "written in full-width characters";
        }
        if (zeroWidth) {
            return "hidden with zero-width characters";
        }
        if (mixedScript) {
            return "written with look-alike letters of another script";
        }
        return "";
    }

    /**
     * Like {@link #of}, for the excerpt of a number: when it names no other disguise, letters glued to its digits
     * that look like digits ({@code 138OO138OOO}) are one.
     */
    static String ofNumber(String original) {
        String disguise = of(original);
        if (!disguise.isEmpty()) {
            return disguise;
        }
        for (int i = 0; i < original.length(); i++) {
            if (NumberRun.looksLikeDigit(Character.toLowerCase(original.charAt(i)))
                    && (isAsciiDigit(original, i - 1) || isAsciiDigit(original, i + 1))) {
                return "written with letters for digits";
            }
        }
        return "";
    }

    private static boolean isAsciiDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** Appends " (evasion)" to a sentence's stem, then the full stop. */
    static String sentence(String stem, String original) {
        return sentenceWith(stem, of(original));
    }

    /** The stem, then {@code " (detail)"} unless the detail is empty, then the full stop. */
    static String sentenceWith(String stem, String detail) {
        return detail.isEmpty() ? stem + "." : stem + " (" + detail + ").";
    }
}
