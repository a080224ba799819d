package org.assay.session;

/**
 * An autosave: the whole text of one answer and the client's revision number for it, counting up from 1. The optional
 * {@code base} is the revision the text was edited from; when the stored revision is newer than it, the save is a
 * conflict (409) even with a higher revision, so that text edited from an older version never silently replaces one
 * saved from another window or device.
 */
public record SaveRequest(String text, Integer revision, Integer base) {
}
