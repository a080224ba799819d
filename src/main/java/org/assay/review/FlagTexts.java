package org.assay.review;

import org.assay.engine.score.FlagCode;

/** Flags in a reviewer's words: a short title and what the flag asks the reviewer to check. */
public final class FlagTexts {

    private FlagTexts() {
    }

    /** The title of a stored flag code; a code this version does not know is shown as it is. */
    public static String titleOf(String code) {
        for (var known : FlagCode.values()) {
            if (known.name().equals(code)) {
                return title(known);
            }
        }
        return code;
    }

    public static String title(FlagCode code) {
        return switch (code) {
            case KEYWORD_LIST -> "Keyword list";
            case TOO_SHORT -> "Very short";
            case OFF_TOPIC -> "Possibly off topic";
            case NEGATED_CONCEPT -> "Negated concept";
            case LOW_CONFIDENCE -> "Low confidence";
            case COPIED_TEXT -> "Copied text";
            case ADDRESSES_GRADER -> "Addresses the grader";
            case OTHER_LANGUAGE -> "Other language";
            case NEEDS_REVIEW -> "Needs review";
        };
    }

    public static String explanation(FlagCode code) {
        return switch (code) {
            case KEYWORD_LIST -> "The answer lists terms without sentences that connect them. Check whether the"
                    + " candidate shows how the ideas fit together, not only that they know the words.";
            case TOO_SHORT -> "The answer is very short, so there is little evidence either way. A short answer"
                    + " can be right; decide whether it says enough.";
            case OFF_TOPIC -> "The answer has little in common with the model answer. It may answer a different"
                    + " question, or say the right thing in unusual words: read it yourself.";
            case NEGATED_CONCEPT -> "A key idea appears only in a negated sentence (such as \"it does not use"
                    + " attention\") and earned nothing. Check that the candidate really meant the negation.";
            case LOW_CONFIDENCE -> "The score rests on weak matches (misspellings or similar meaning only)."
                    + " The automatic score is a guess here: judge the answer yourself.";
            case COPIED_TEXT -> "Most of the answer repeats another text word for word: the question's model answer"
                    + " or another candidate's answer. The score is unchanged; compare the two texts and decide"
                    + " whether the candidate wrote it.";
            case ADDRESSES_GRADER -> "Part of the answer speaks to the grader instead of answering, for example"
                    + " asking for full marks, claiming the answer is complete or saying to ignore the rubric. Those"
                    + " words earned nothing; the highlighted text shows them. Grade the rest yourself.";
            case OTHER_LANGUAGE -> "The answer is written in another language than the rubric. The engine only"
                    + " matches the rubric's English words, so its score says little: read the answer and grade it"
                    + " yourself.";
            case NEEDS_REVIEW -> "The automatic grade is likely to differ from a grader's by 30% of the points or"
                    + " more, judging by how its points were earned: partial evidence, keywords or a named term"
                    + " instead of an explanation, sentences the rubric does not account for, another language."
                    + " Read the answer and confirm or change the score.";
        };
    }
}
