package org.assay.rubric;

/**
 * A graded example as typed: the answer, the score a person gives it and what kind of answer it is.
 *
 * @param answer the answer text
 * @param score the expected score, as typed
 * @param kind an example kind such as "partial"; empty to infer it from the score
 */
public record ExampleInput(String answer, String score, String kind) {

    public static final ExampleInput BLANK = new ExampleInput("", "", "");
}
