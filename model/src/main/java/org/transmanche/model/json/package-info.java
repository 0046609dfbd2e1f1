/**
 * The public, versioned JSON format of the model ({@code "schema": "transmanche/1"}).
 *
 * <p>Start with {@link org.transmanche.model.json.Json}: {@code Json.mapper()} is the one configured
 * {@code ObjectMapper}; {@code Json.readDossier} reads a dossier and reports errors with their JSON
 * path and the broken invariant.
 */
package org.transmanche.model.json;
