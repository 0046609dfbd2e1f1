/**
 * Exports of a dossier: the public JSON format, CSV tables for spreadsheets, and a self-contained
 * HTML report with inline SVG charts.
 *
 * <p>Start with {@link org.transmanche.core.export.HtmlReport#of(org.transmanche.model.Dossier)},
 * {@link org.transmanche.core.export.CsvExport#write(org.transmanche.model.Dossier,
 * java.nio.file.Path)} or {@link org.transmanche.core.export.JsonExport#toJson(
 * org.transmanche.model.Dossier, boolean)}.
 */
package org.transmanche.core.export;
