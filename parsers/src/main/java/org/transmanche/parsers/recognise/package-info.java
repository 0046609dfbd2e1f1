/**
 * Recognisers and the pipeline that composes them.
 *
 * <p>A {@link org.transmanche.parsers.recognise.Recogniser} reads a {@link
 * org.transmanche.parsers.recognise.Passage} (text, language, offset in its document, reference date,
 * and the mentions found before it) and returns typed {@link
 * org.transmanche.parsers.recognise.Mention}s. {@link org.transmanche.parsers.recognise.Pipeline}
 * runs them in order and resolves overlaps; {@link
 * org.transmanche.parsers.recognise.Recognisers#standard()} is the default pipeline. Each recogniser
 * lives in its own sub-package ({@code recognise.date}, {@code recognise.money}, ...).
 */
@TransmancheStyle
package org.transmanche.parsers.recognise;

import org.transmanche.model.TransmancheStyle;
