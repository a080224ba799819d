package org.assay.review.list;

/**
 * An attempt's place in the review list a reviewer came from.
 *
 * @param previous the attempt before it; null at the top or when it is not in the list
 * @param next the attempt after it; null at the end
 * @param nextUnreviewed the next submitted attempt not marked reviewed, after it and then from the top; null when
 *        there is none
 * @param position 1-based place in the list; 0 when the filter no longer matches it
 * @param query the list's filter and sort as a query string, carried by every link and form
 * @param listLink the list itself
 */
public record Neighbours(Long previous, Long next, Long nextUnreviewed, int position, int total, String query,
        String listLink) {

    public static final Neighbours NONE = new Neighbours(null, null, null, 0, 0, "", "/review");

    public String previousLink() {
        return previous == null ? "" : "/review/attempts/" + previous + query;
    }

    public String nextLink() {
        return next == null ? "" : "/review/attempts/" + next + query;
    }

    public String nextUnreviewedLink() {
        return nextUnreviewed == null ? "" : "/review/attempts/" + nextUnreviewed + query;
    }
}
