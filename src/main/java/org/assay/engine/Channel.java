package org.assay.engine;

import java.util.Locale;

/**
 * The engine's sources of evidence. OpenNLP analysis is required; the others add matches when they load. LANGUAGE,
 * the check that an answer is in the rubric's language, adds no matches: it is reported only when it fails to load.
 */
public enum Channel {
    OPENNLP, WORDNET, SPELLING, SEMANTIC, LANGUAGE;

    /** The name stored with grades and shown to people: lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
