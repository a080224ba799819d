package org.assay.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assay.engine.EngineFixtures;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.ParseResult;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricParser;
import org.assay.engine.rubric.RubricWriter;
import org.junit.jupiter.api.Test;

class ReferenceDrafterTest {

    private static final String QUESTION = "What is the role of a prototype program in problem solving?";
    private static final String REFERENCE = "To simulate the behaviour of portions of the desired software product.";

    private final ReferenceDrafter drafter = new ReferenceDrafter(EngineFixtures.analyzer());

    @Test
    void turnsNounPhrasesAndVerbsIntoCriteriaWithPointsSummingToTheTotal() {
        Rubric rubric = drafter.draft("1.1", QUESTION, REFERENCE, 5);

        assertThat(rubric.criteria()).flatExtracting(Criterion::expressions)
                .contains("simulate", "desired software product");
        assertThat(rubric.criteria().stream().mapToDouble(Criterion::points).sum()).isEqualTo(5.0);
        assertThat(rubric.criteria()).allSatisfy(c -> assertThat(c.exemplars()).contains(REFERENCE.strip()
                .replaceAll("\\.$", "")));
        assertThat(rubric.modelAnswer()).isEqualTo(REFERENCE);
    }

    @Test
    void leavesOutWordsTheQuestionAlreadyUses() {
        Rubric rubric = drafter.draft("q", "What does a compiler do with a function?",
                "The compiler translates the function into machine code.", 5);

        assertThat(rubric.criteria()).flatExtracting(Criterion::expressions).doesNotContain("compiler", "function")
                .contains("translates", "machine code");
    }

    @Test
    void deniedConceptsBecomeNegatedExpressions() {
        Rubric rubric = drafter.draft("q", "When does recursion never end?",
                "When the base case is not included.", 5);

        assertThat(rubric.criteria()).flatExtracting(Criterion::expressions).contains("no base case");
    }

    @Test
    void mergesConceptsWhenThereAreMoreThanPointSteps() {
        Rubric rubric = drafter.draft("q", "Describe it.", "Queues, stacks, heaps, trees, graphs and tables "
                + "store keys, values, nodes and edges.", 1);

        assertThat(rubric.criteria()).hasSizeLessThanOrEqualTo(2);
        assertThat(rubric.criteria().stream().mapToDouble(Criterion::points).sum()).isEqualTo(1.0);
    }

    @Test
    void draftIsAValidRubricThatRoundTripsThroughTheFileFormat() {
        Rubric rubric = drafter.draft("q1", QUESTION, REFERENCE, 5);

        ParseResult parsed = new RubricParser().parse("q1.yaml", RubricWriter.toYaml(rubric));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rubric()).contains(rubric);
    }

    @Test
    void draftsFromTheReferencesOwnWordsWhenTheQuestionHoldsThemAll() {
        var rubric = drafter.draft("q", "What happens to the bulb?", "The bulb will light.", 5);

        assertThat(rubric.criteria()).flatExtracting(c -> c.expressions()).anyMatch(e -> e.contains("light"));
    }

    @Test
    void draftsFromFunctionWordsWhenThatIsAllTheReferenceHas() {
        var rubric = drafter.draft("q", "Why?", "It is so.", 5);

        assertThat(rubric.criteria()).isNotEmpty();
    }

    @Test
    void rejectsAReferenceWithoutWords() {
        assertThatThrownBy(() -> drafter.draft("q", "Why?", "... ?!", 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> drafter.draft("q", "Why?", REFERENCE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
