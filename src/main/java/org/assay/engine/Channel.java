package org.assay.engine;

import java.util.Locale;

/** The engine's sources of evidence. OpenNLP analysis is required; the others add matches when they load. */
public enum Channel {
    OPENNLP, WORDNET, SPELLING, SEMANTIC;

    /** The name stored with grades and shown to people: lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
