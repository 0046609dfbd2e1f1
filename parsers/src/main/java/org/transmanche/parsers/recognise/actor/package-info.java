/**
 * The actor recogniser: finds the people, organisations and governments a French or English passage
 * names, and reads each as an {@link org.transmanche.parsers.recognise.actor.ActorReading} with a
 * stable id.
 *
 * <p>Start with {@link org.transmanche.parsers.recognise.actor.ActorRecogniser}. Names of known actors
 * and offices come from the knowledge base ({@code parsers.knowledge}); the cues that find other
 * people (honorifics, speech verbs, role nouns, first names, ages, bylines) and that decide when a
 * capital or a country acts as a government are data in {@code resources/.../recognise/actor/{fr,en}/}.
 */
@TransmancheStyle
package org.transmanche.parsers.recognise.actor;

import org.transmanche.model.TransmancheStyle;
