package org.assay.review.list;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.assay.engine.score.FlagCode;

/**
 * What the review list shows: filters, search, sort and page, read from the query string. Values that are not
 * understood fall back to their default, so a stale or edited link still shows a list.
 *
 * @param assessment only attempts of this assessment; null for all
 * @param flag "" for all, {@value #ANY_FLAG}, {@value #NO_FLAG} or a {@link FlagCode} name
 * @param query part of the candidate's shown name, "" for all
 * @param page 1-based page number
 */
public record AttemptFilter(Long assessment, StatusFilter status, String flag, String query, ListSort sort,
        boolean descending, int page) {

    public static final String ANY_FLAG = "any";
    public static final String NO_FLAG = "none";
    static final String PATH = "/review";

    public static final AttemptFilter DEFAULT = new AttemptFilter(null, StatusFilter.ALL, "", "",
            ListSort.SUBMITTED, true, 1);

    public static AttemptFilter of(String assessment, String status, String flag, String query, String sort,
            String dir, String page) {
        var column = ListSort.parse(blank(sort)).orElse(DEFAULT.sort);
        var descending = "desc".equals(dir) || (!"asc".equals(dir) && column.descendingFirst());
        return new AttemptFilter(number(assessment).orElse(null), StatusFilter.parse(blank(status))
                .orElse(StatusFilter.ALL), flagOf(blank(flag)), blank(query).strip(), column, descending,
                number(page).filter(p -> p > 0).map(p -> (int) Math.min(p, Integer.MAX_VALUE)).orElse(1));
    }

    /** The filter of a query string written by {@link #queryString()}; anything not understood falls back. */
    public static AttemptFilter ofQueryString(String queryString) {
        var params = new HashMap<String, String>();
        var text = queryString == null ? "" : queryString.startsWith("?") ? queryString.substring(1) : queryString;
        for (var pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return of(params.get("assessment"), params.get("status"), params.get("flag"), params.get("q"),
                params.get("sort"), params.get("dir"), null);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether anything narrows the list, so an empty list means "nothing matches" rather than "nothing yet". */
    public boolean narrowed() {
        return assessment != null || status != StatusFilter.ALL || !flag.isEmpty() || !query.isEmpty();
    }

    public AttemptFilter onPage(int number) {
        return new AttemptFilter(assessment, status, flag, query, sort, descending, number);
    }

    /** The first page sorted by {@code column}; choosing the current column again reverses the order. */
    public AttemptFilter sortedBy(ListSort column) {
        var reverse = column == sort ? !descending : column.descendingFirst();
        return new AttemptFilter(assessment, status, flag, query, column, reverse, 1);
    }

    /** This list's address, with only the parameters that differ from the defaults. */
    public String link() {
        var params = filterParams();
        add(params, "page", page == 1 ? "" : Integer.toString(page));
        return params.isEmpty() ? PATH : PATH + "?" + String.join("&", params);
    }

    /**
     * The filter, search and sort as a query string ("?…", or "" for the defaults), which a transcript carries so
     * its next and previous links walk the same list.
     */
    public String queryString() {
        var params = filterParams();
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    private List<String> filterParams() {
        var params = new ArrayList<String>();
        add(params, "assessment", assessment == null ? "" : assessment.toString());
        add(params, "status", status.key());
        add(params, "flag", flag);
        add(params, "q", query);
        if (sort != DEFAULT.sort || descending != DEFAULT.descending) {
            add(params, "sort", sort.key());
            add(params, "dir", descending ? "desc" : "asc");
        }
        return params;
    }

    private static void add(List<String> params, String name, String value) {
        if (!value.isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String flagOf(String flag) {
        var known = ANY_FLAG.equals(flag) || NO_FLAG.equals(flag)
                || Arrays.stream(FlagCode.values()).anyMatch(code -> code.name().equals(flag));
        return known ? flag : "";
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(blank(text).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
