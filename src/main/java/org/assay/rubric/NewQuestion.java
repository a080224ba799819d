package org.assay.rubric;

/** The add-a-question form as typed; criteria are drafted from the model answer. */
public record NewQuestion(String qid, String title, String prompt, String points, String modelAnswer) {

    public static final NewQuestion BLANK = new NewQuestion("", "", "", "10", "");
}
