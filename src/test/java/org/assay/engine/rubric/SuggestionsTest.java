package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("name", "points", "keywords", "min_keywords");

    @Test
    void swappedNeighboursInAShortNameAreOneEdit() {
        assertThat(Suggestions.nearest("nmae", FIELDS)).contains("name");
        assertThat(EditDistance.distance("nmae", "name", 2)).isEqualTo(1);
    }

    @Test
    void theClosestNameWinsAndHyphensReadAsUnderscores() {
        assertThat(Suggestions.nearest("min-keyword", FIELDS)).contains("min_keywords");
        assertThat(Suggestions.nearest("Keyword", FIELDS)).contains("keywords");
    }

    @Test
    void distantNamesSuggestNothing() {
        assertThat(Suggestions.nearest("weight", FIELDS)).isEmpty();
        assertThat(EditDistance.distance("weight", "points", 2)).isEqualTo(3);
    }
}
