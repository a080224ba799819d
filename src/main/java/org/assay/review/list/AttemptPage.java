package org.assay.review.list;

import java.util.List;

/**
 * One page of the review list with everything its controls need; links are built here, not in the template.
 *
 * @param rows the attempts on this page
 * @param filter what was asked for, with the page clamped to the pages there are
 * @param total how many attempts match the filter
 * @param pages how many pages they fill (at least 1)
 */
public record AttemptPage(List<AttemptRow> rows, AttemptFilter filter, long total, int pages,
        List<Choice> assessments, List<Choice> statuses, List<Choice> flags, List<Column> columns) {

    /** An option of a filter's select box. */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * A sortable column heading.
     *
     * @param sort "ascending", "descending" or "none", as aria-sort expects
     */
    public record Column(String label, String link, String sort, boolean numeric) {

        public boolean active() {
            return !"none".equals(sort);
        }
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public int page() {
        return filter.page();
    }

    public boolean hasPrevious() {
        return filter.page() > 1;
    }

    public boolean hasNext() {
        return filter.page() < pages;
    }

    public String previousLink() {
        return filter.onPage(filter.page() - 1).link();
    }

    public String nextLink() {
        return filter.onPage(filter.page() + 1).link();
    }

    /** The list without filters or search, keeping the sort. */
    public String clearLink() {
        return new AttemptFilter(null, StatusFilter.ALL, "", "", filter.sort(), filter.descending(), 1).link();
    }

    /** The export of the filtered assessment's results; only when one assessment is chosen. */
    public String csvLink() {
        return filter.assessment() == null ? "" : "/api/assessments/" + filter.assessment() + "/results.csv";
    }

    public String jsonLink() {
        return filter.assessment() == null ? "" : "/api/assessments/" + filter.assessment() + "/results";
    }

    public String sortKey() {
        return filter.sort().key();
    }

    public String direction() {
        return filter.descending() ? "desc" : "asc";
    }
}
