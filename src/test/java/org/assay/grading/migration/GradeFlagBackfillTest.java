package org.assay.grading.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeFlagBackfillTest {

    @Test
    void readsTheFlagCodesOfAStoredReportInOrder() {
        var report = "{\"score\":2,\"flags\":[{\"code\":\"TOO_SHORT\",\"message\":\"4 words\"},"
                + "{\"code\":\"LOW_CONFIDENCE\",\"message\":\"\"},{\"message\":\"no code\"}]}";

        assertThat(GradeFlagBackfill.codes(1, report)).containsExactly("TOO_SHORT", "LOW_CONFIDENCE");
    }

    @Test
    void anUnreadableOrEmptyReportHasNoFlags() {
        assertThat(GradeFlagBackfill.codes(1, "{\"flags\":[{\"code\":")).isEmpty();
        assertThat(GradeFlagBackfill.codes(1, "{}")).isEmpty();
        assertThat(GradeFlagBackfill.codes(1, null)).isEmpty();
    }
}
