package org.assay.review.transcript;

/**
 * An answer kept as a graded example.
 *
 * @param attemptId the attempt the answer belongs to, for the way back to its transcript
 * @param position the answer's position in the attempt
 * @param qid the question the example was added to
 * @param kind the example's kind as written in examples files
 * @param expectedScore the score a person settled on
 */
public record KeptExample(long attemptId, int position, String qid, String kind, double expectedScore) {
}
