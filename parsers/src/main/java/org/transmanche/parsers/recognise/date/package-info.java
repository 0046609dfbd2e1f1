/**
 * The date recogniser: French and English date expressions read into {@link
 * org.transmanche.model.DateSpan}s.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.date.DateRecogniser}; its mentions carry a
 * {@link org.transmanche.parsers.recognise.date.DateReading}. Inside, a passage is split into
 * tokens ({@code DateToken}), tokens are matched against the words of the language ({@code
 * DateLexicon}, loaded from {@code recognise/date/{fr,en}/*.tsv}), a hand-written grammar ({@code
 * DateGrammar}) turns them into expressions ({@code Expr}), and expressions are resolved against the
 * document date with the calendar conventions of {@code calendar.tsv} ({@code CalendarRules}).
 */
@org.transmanche.model.TransmancheStyle
package org.transmanche.parsers.recognise.date;
