package org.assay.review.second;

/** Where an attempt stands in second marking; the label is what the transcript shows. */
public enum SecondMarkingState {
    /** The assessment has no second marking (and the attempt no second marks), or the attempt is not submitted. */
    OFF("", "off"),
    FIRST_MARKING("First marking", "first-marking"),
    SECOND_MARKING("Second marking — blind", "second-marking"),
    NEEDS_ADJUDICATION("Needs adjudication", "needs-adjudication"),
    ADJUDICATED("Adjudicated", "adjudicated"),
    /** Marked twice and every answer's two marks are within the threshold. */
    AGREED("Marked twice — within the threshold", "agreed");

    private final String label;
    private final String key;

    SecondMarkingState(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The state as the API and CSS name it. */
    public String key() {
        return key;
    }

    /** Both marks are in, so both can be shown to everyone. */
    public boolean bothIn() {
        return this == NEEDS_ADJUDICATION || this == ADJUDICATED || this == AGREED;
    }
}
