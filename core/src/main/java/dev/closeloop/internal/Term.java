package dev.closeloop.internal;

/**
 * One lexicon entry: the words to find and what they mean.
 *
 * @param id index in the lexicon
 * @param text the term as written in the data file
 * @param kind what the term signals
 * @param value a detail of the kind: the channel for {@link TermKind#CHANNEL}, the intent for intents
 * @param lang the language tag of the data file ({@code zh}, {@code en}, {@code ru}, {@code pinyin}, {@code abbr})
 * @param bySound whether Hanzi in the term also match characters that sound the same
 * @param prefix whether the term may be followed by more letters (inflections: {@code телег} → телеграм, телегу)
 * @param weak whether the term counts only with an id right after it ({@code V} for WeChat)
 */
record Term(int id, String text, TermKind kind, String value, String lang, boolean bySound, boolean prefix,
            boolean weak) {
}
