package org.assay.engine.rubric;

import java.util.List;

/**
 * One of the things a question compares, such as DPO and RLHF. A criterion or misconception bound to it counts only
 * when the answer says it of this entity.
 *
 * @param id stable id within the rubric, used by {@code about}
 * @param names how an answer may name it ("dpo", "direct preference optimization")
 */
public record Entity(String id, List<String> names) {

    public Entity {
        names = List.copyOf(names);
    }
}
