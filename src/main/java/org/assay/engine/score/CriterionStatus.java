package org.assay.engine.score;

/** Whether a criterion was met by an answer. */
public enum CriterionStatus {
    MET, PARTIAL, MISSING
}
