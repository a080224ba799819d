package org.assay.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moments as pages show them: readable and in UTC in the HTML, inside a {@code <time>} element whose datetime
 * attribute the page script turns into the viewer's own time zone.
 */
public final class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** Such as "13 Dec 2026, 14:04 UTC"; empty for null. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
