package org.assay.rubric;

/** A bank key and question id, for links to a question's pages. */
public record QuestionRef(String bankKey, String qid) {
}
