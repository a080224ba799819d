package org.assay.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion's points or one misconception's penalty as a reviewer's override keeps it; an override keeps a mark
 * for every criterion and misconception, so its score always adds up from them.
 */
@Embeddable
public class OverrideMark {

    public static final String CRITERION = "criterion";
    public static final String MISCONCEPTION = "misconception";

    /** {@link #CRITERION} or {@link #MISCONCEPTION}. */
    @Column(length = 16, nullable = false)
    public String kind;

    @Column(name = "item_id", length = 200, nullable = false)
    public String itemId;

    /** A criterion's points awarded, or a misconception's penalty deducted (0 when it does not apply). */
    @Column(nullable = false)
    public double points;

    /** The reviewer set it differently from the engine. */
    @Column(nullable = false)
    public boolean changed;

    public static OverrideMark of(String kind, String itemId, double points, boolean changed) {
        var mark = new OverrideMark();
        mark.kind = kind;
        mark.itemId = itemId;
        mark.points = points;
        mark.changed = changed;
        return mark;
    }
}
