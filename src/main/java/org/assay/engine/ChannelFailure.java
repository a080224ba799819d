package org.assay.engine;

/**
 * A channel that was asked for but could not load; the engine grades without it.
 *
 * @param channel the channel left out
 * @param reason what went wrong, for operators
 */
public record ChannelFailure(Channel channel, String reason) {

    static ChannelFailure of(Channel channel, Throwable cause) {
        return new ChannelFailure(channel, reasonOf(cause));
    }

    /** The innermost cause's type and message: what went wrong, without the layers that passed it on. */
    public static String reasonOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
