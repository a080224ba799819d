package org.assay.session;

/** An autosave: the whole text of one answer and the client's revision number for it, counting up from 1. */
public record SaveRequest(String text, Integer revision) {
}
