package org.assay.grading;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads values of native query rows, whose Java types differ between H2 and PostgreSQL drivers. */
public final class SqlValues {

    private SqlValues() {
    }

    public static long id(Object value) {
        return ((Number) value).longValue();
    }

    public static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
