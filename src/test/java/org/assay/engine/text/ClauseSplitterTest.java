package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.assay.engine.EngineFixtures;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private static final TextAnalyzer ANALYZER = EngineFixtures.analyzer();

    @Test
    void contrastiveConjunctionStartsANewClause() {
        AnalyzedText text = ANALYZER.analyze("One learns the boundary, whereas the other learns the distribution.");

        assertThat(clauseOf(text, "boundary")).isNotEqualTo(clauseOf(text, "distribution"));
    }

    @Test
    void coordinatedClauseWithItsOwnSubjectIsSeparate() {
        AnalyzedText text = ANALYZER.analyze("Generative models learn the joint distribution and discriminative "
                + "models learn the decision boundary.");

        assertThat(clauseOf(text, "joint")).isNotEqualTo(clauseOf(text, "discriminative"));
    }

    @Test
    void coordinatedNounsStayInOneClause() {
        AnalyzedText text = ANALYZER.analyze("It matters because limits and prices are counted in tokens.");

        assertThat(clauseOf(text, "limits")).isEqualTo(clauseOf(text, "tokens"));
    }

    @Test
    void parentheticalUnlikeReturnsToTheMainClause() {
        AnalyzedText text = ANALYZER.analyze("Generative models, unlike discriminative ones, learn the data.");

        assertThat(clauseOf(text, "Generative")).isEqualTo(clauseOf(text, "data"));
        assertThat(clauseOf(text, "discriminative")).isNotEqualTo(clauseOf(text, "data"));
    }

    private static int clauseOf(AnalyzedText text, String word) {
        return OpenNlpTextAnalyzerTest.token(text, word).clause();
    }
}
