package org.assay.session;

/** One entry of the list of questions a candidate can jump to. */
public record QuestionLink(int position, String title, boolean answered, boolean current) {
}
