/**
 * The corpus bundled inside the core jar: the five seed texts, loadable from the classpath.
 *
 * <p>Start with {@link org.transmanche.core.corpus.BundledCorpus#files()}.
 */
package org.transmanche.core.corpus;
