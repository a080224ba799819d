package org.assay.rubric;

/** The create-a-bank form as typed. */
public record NewBank(String key, String title, String description, String timeLimitMinutes) {

    public static final NewBank BLANK = new NewBank("", "", "", "45");
}
