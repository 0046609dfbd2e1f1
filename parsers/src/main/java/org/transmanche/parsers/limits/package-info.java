/**
 * Configurable bounds on what Transmanche reads: document size, mentions per document and quote
 * length, so that a hostile or broken input gives a clear diagnostic instead of exhausting memory
 * or time. Start with {@link org.transmanche.parsers.limits.Limits#defaults()}; a check that fails
 * gives a {@link org.transmanche.model.Diagnostic} with a stable {@code LIMIT_...} code, or, where
 * work cannot go on, a {@link org.transmanche.parsers.limits.LimitExceededException}.
 */
package org.transmanche.parsers.limits;
