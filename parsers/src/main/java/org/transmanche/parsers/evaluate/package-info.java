/**
 * The gold-standard evaluation: how well a {@link org.transmanche.model.Dossier} built from a corpus
 * agrees with hand-made gold files, per fact type (actors, agreements, pledges, deployments,
 * statements, figures).
 *
 * <p>Start with {@link org.transmanche.parsers.evaluate.GoldStandard#read(java.nio.file.Path)} to
 * load a folder of gold JSON files, then {@link
 * org.transmanche.parsers.evaluate.Evaluator#evaluate(org.transmanche.model.Dossier,
 * GoldStandard)} for the scores, and {@link org.transmanche.parsers.evaluate.EvaluationReport} to
 * render them as Markdown or JSON. {@link org.transmanche.parsers.evaluate.EvaluationMain} does all
 * three from the command line. The matching rules are documented on {@link
 * org.transmanche.parsers.evaluate.Evaluator}.
 *
 * <p>Everything here is immutable and thread-safe; nothing opens a network connection.
 */
@TransmancheStyle
package org.transmanche.parsers.evaluate;

import org.transmanche.model.TransmancheStyle;
