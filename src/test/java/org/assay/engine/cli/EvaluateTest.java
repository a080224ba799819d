package org.assay.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluateTest {

    @Test
    void keepsTheEmbeddingLibraryOfflineAndItsCacheUnderTarget() {
        String cache = System.getProperty("DJL_CACHE_DIR");
        System.clearProperty("ai.djl.offline");
        System.clearProperty("OPT_OUT_TRACKING");
        System.clearProperty("DJL_CACHE_DIR");
        try {
            Evaluate.keepModelLibrariesOffline();

            assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
            assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
            assertThat(System.getProperty("DJL_CACHE_DIR")).isEqualTo("target/djl");
        } finally {
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("OPT_OUT_TRACKING", "true");
            if (cache != null) {
                System.setProperty("DJL_CACHE_DIR", cache);
            }
        }
    }
}
