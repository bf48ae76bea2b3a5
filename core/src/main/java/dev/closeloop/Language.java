package dev.closeloop;

/** Guesses a message's language from its letters, to pick the wording of a suggestion. */
final class Language {
    private Language() {}

    /** @return "zh" when Hanzi are present, "ru" when Cyrillic outnumbers Latin, else "en" */
    static String of(String text) {
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { // an ASCII letter of either case
                latin++;
            }
        }
        if (han > 0 && han * 2 >= cyrillic) {
            return "zh";
        }
        return cyrillic > latin ? "ru" : "en";
    }
}
