package org.assay.rubric;

/** A save based on a version that is no longer the current one: someone else saved in between. */
public final class VersionConflictException extends RuntimeException {

    private final int current;

    public VersionConflictException(int base, int current) {
        super("This rubric was edited from version " + base + ", but version " + current
                + " has been saved since. Open the history to compare, then save again.");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
