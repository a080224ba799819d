package org.assay.session;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED
}
