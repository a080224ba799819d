package org.assay.rubric.transfer;

/** An upload refused before anything was read from it: too large, not a zip, or unsafe. */
public final class UploadRejectedException extends RuntimeException {

    private final int status;

    public UploadRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 413 for sizes, 422 for content. */
    public int status() {
        return status;
    }
}
