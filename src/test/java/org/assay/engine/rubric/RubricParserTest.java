package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RubricParserTest {

    private static final String FILE = "q06.yaml";

    /** A valid rubric; tests break it one line at a time. Line numbers in comments. */
    private static final String VALID = """
            id: q06
            title: Self-attention
            prompt: What is self-attention, and why is it so effective?
            points: 10
            model_answer: >
              Every token builds a query, a key and a value.
              Scores between queries and keys weight a sum of the values.
            criteria:
              - id: mechanism
                label: Tokens are compared with each other and values mixed by those weights
                points: 6
                expressions: [query key similarity, weighted sum of values]
                keywords: [query, key, value, softmax]
                min_keywords: 3
                exemplars:
                  - every word looks at all the other words and blends their information
              - id: parallel
                label: All positions are processed at once
                points: 4
                keywords: [parallel]
            misconceptions:
              - id: linear-cost
                label: Says the cost grows linearly with length
                penalty: 3
                expressions: [linear in sequence length]
            synonyms:
              llm: [large language model]
            """;

    private final RubricParser parser = new RubricParser();

    @Test
    void readsEveryFieldOfAValidRubric() {
        ParseResult result = parser.parse(FILE, VALID);

        assertThat(result.problems()).isEmpty();
        Rubric rubric = result.rubric().orElseThrow();
        assertThat(rubric.id()).isEqualTo("q06");
        assertThat(rubric.title()).isEqualTo("Self-attention");
        assertThat(rubric.prompt()).isEqualTo("What is self-attention, and why is it so effective?");
        assertThat(rubric.points()).isEqualTo(10.0);
        assertThat(rubric.modelAnswer()).isEqualTo("Every token builds a query, a key and a value. "
                + "Scores between queries and keys weight a sum of the values.");
        assertThat(rubric.criteria()).containsExactly(
                new Criterion("mechanism", "Tokens are compared with each other and values mixed by those weights",
                        6, List.of("query key similarity", "weighted sum of values"),
                        List.of("query", "key", "value", "softmax"), 3,
                        List.of("every word looks at all the other words and blends their information")),
                new Criterion("parallel", "All positions are processed at once", 4, List.of(), List.of("parallel"),
                        1, List.of()));
        assertThat(rubric.misconceptions()).containsExactly(new Misconception("linear-cost",
                "Says the cost grows linearly with length", 3, List.of("linear in sequence length"), List.of()));
        assertThat(rubric.synonyms()).isEqualTo(Map.of("llm", List.of("large language model")));
    }

    @Test
    void defaultsMinKeywordsToTwoOrTheNumberOfKeywords() {
        Rubric rubric = parser.parse(FILE, VALID.replace("    min_keywords: 3\n", "")).rubric().orElseThrow();

        assertThat(rubric.criteria().get(0).minKeywords()).isEqualTo(2);
        assertThat(rubric.criteria().get(1).minKeywords()).isEqualTo(1);
    }

    @Test
    void leavesOutOptionalSectionsAsEmpty() {
        String minimal = VALID.substring(0, VALID.indexOf("misconceptions:"));

        Rubric rubric = parser.parse(FILE, minimal).rubric().orElseThrow();

        assertThat(rubric.misconceptions()).isEmpty();
        assertThat(rubric.synonyms()).isEmpty();
    }

    @Test
    void acceptsCriteriaPointsThatAddUpWithinRounding() {
        String thirds = VALID.replace("points: 10", "points: 10.0").replace("points: 6", "points: 6.6667")
                .replace("points: 4", "points: 3.3333");

        assertThat(parser.parse(FILE, thirds).problems()).isEmpty();
    }

    @Test
    void reportsYamlSyntaxErrorWithItsLine() {
        String broken = VALID.replace("title: Self-attention", "title: [Self-attention");

        assertThat(parser.parse(FILE, broken).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("YAML syntax error: ");
        });
    }

    @Test
    void reportsTopLevelThatIsNotAMap() {
        assertThat(parser.parse(FILE, "- id: q06\n- title: x\n").problems()).containsExactly(new RubricProblem(FILE,
                1, "the top level of a rubric must be a map of fields such as \"id: q01\", but it is a list"));
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(parser.parse(FILE, "  \n# nothing yet\n").problems()).containsExactly(new RubricProblem(FILE, 1,
                "the file is empty; a rubric starts with a line such as \"id: q01\""));
    }

    @Test
    void reportsUnknownFieldWithTheNearestKnownName() {
        String typo = VALID.replace("min_keywords: 3", "min_keyword: 3");

        assertThat(parser.parse(FILE, typo).problems()).containsExactly(new RubricProblem(FILE, 14,
                "criterion \"mechanism\": unknown field \"min_keyword\"; did you mean \"min_keywords\"? "
                        + "Allowed fields: id, label, points, expressions, keywords, min_keywords, exemplars"));
    }

    @Test
    void reportsUnknownFieldWithoutSuggestionWhenNothingIsClose() {
        String extra = VALID.replace("points: 10\n", "points: 10\ndifficulty: hard\n");

        assertThat(parser.parse(FILE, extra).problems()).containsExactly(new RubricProblem(FILE, 5,
                "unknown field \"difficulty\". Allowed fields: id, title, prompt, points, model_answer, criteria, "
                        + "misconceptions, synonyms"));
    }

    @Test
    void reportsAFieldThatAppearsTwice() {
        String twice = VALID.replace("points: 10\n", "points: 10\ntitle: Attention\n");

        assertThat(parser.parse(FILE, twice).problems()).containsExactly(
                new RubricProblem(FILE, 5, "\"title\" appears twice (first on line 2)"));
    }

    @Test
    void reportsMissingRequiredFieldsOnTheLineOfTheirMap() {
        String missing = VALID.replace("prompt: What is self-attention, and why is it so effective?\n", "")
                .replace("    label: All positions are processed at once\n", "");

        assertThat(parser.parse(FILE, missing).problems()).containsExactly(
                new RubricProblem(FILE, 1, "the required field \"prompt\" is missing"),
                new RubricProblem(FILE, 16, "criterion \"parallel\": the required field \"label\" is missing"));
    }

    @Test
    void reportsAnEmptyRequiredText() {
        String empty = VALID.replace("title: Self-attention", "title:");

        assertThat(parser.parse(FILE, empty).problems()).containsExactly(
                new RubricProblem(FILE, 2, "\"title\" is empty"));
    }

    @Test
    void reportsWrongTypes() {
        String wrong = VALID.replace("points: 10", "points: ten")
                .replace("    keywords: [parallel]", "    keywords: parallel")
                .replace("title: Self-attention", "title: [Self, attention]");

        assertThat(parser.parse(FILE, wrong).problems()).containsExactly(
                new RubricProblem(FILE, 2, "\"title\" must be text, but it is a list"),
                new RubricProblem(FILE, 4, "\"points\" must be a number, but it is \"ten\""),
                new RubricProblem(FILE, 17, "criterion \"parallel\": has no expressions, keywords or exemplars, "
                        + "so no answer could ever meet it"),
                new RubricProblem(FILE, 20, "criterion \"parallel\": \"keywords\" must be a list, but it is "
                        + "\"parallel\""));
    }

    @Test
    void reportsMinKeywordsThatIsNotAWholeNumber() {
        String fraction = VALID.replace("min_keywords: 3", "min_keywords: 1.5");

        assertThat(parser.parse(FILE, fraction).problems()).containsExactly(new RubricProblem(FILE, 14,
                "criterion \"mechanism\": \"min_keywords\" must be a whole number, but it is 1.5"));
    }

    @Test
    void reportsInvalidQuestionId() {
        String bad = VALID.replace("id: q06", "id: Q 6");

        assertThat(parser.parse(FILE, bad).problems()).containsExactly(new RubricProblem(FILE, 1,
                "the id \"Q 6\" is not valid: " + RubricParser.ID_RULE));
    }

    @Test
    void reportsDuplicateCriterionIds() {
        String twice = VALID.replace("- id: parallel", "- id: mechanism");

        assertThat(parser.parse(FILE, twice).problems()).containsExactly(new RubricProblem(FILE, 17,
                "criterion \"mechanism\": the id \"mechanism\" is already used by the criterion on line 9; "
                        + "ids must be unique"));
    }

    @Test
    void reportsDuplicateMisconceptionIds() {
        String twice = VALID.replace("synonyms:", """
                  - id: linear-cost
                    label: Says the cost does not depend on length
                    penalty: 2
                    expressions: [constant cost]
                synonyms:""");

        assertThat(parser.parse(FILE, twice).problems()).containsExactly(new RubricProblem(FILE, 26,
                "misconception \"linear-cost\": the id \"linear-cost\" is already used by the misconception on "
                        + "line 22; ids must be unique"));
    }

    @Test
    void acceptsTheSameIdForACriterionAndAMisconception() {
        String shared = VALID.replace("- id: linear-cost", "- id: parallel");

        assertThat(parser.parse(FILE, shared).problems()).isEmpty();
    }

    @Test
    void reportsPointsThatAreNotPositive() {
        String zero = VALID.replace("points: 10", "points: 0").replace("points: 4", "points: -4");

        assertThat(parser.parse(FILE, zero).problems()).containsExactly(
                new RubricProblem(FILE, 4, "\"points\" must be greater than 0, but it is 0"),
                new RubricProblem(FILE, 19, "criterion \"parallel\": \"points\" must be greater than 0, but it is -4"));
    }

    @Test
    void reportsCriteriaPointsThatDoNotAddUp() {
        String short1 = VALID.replace("points: 4", "points: 3");

        assertThat(parser.parse(FILE, short1).problems()).containsExactly(new RubricProblem(FILE, 4,
                "the criteria points add up to 9, but the question is worth 10 points; they must be equal"));
    }

    @Test
    void reportsEmptyExpressionsAndKeywords() {
        String empty = VALID
                .replace("[query key similarity, weighted sum of values]", "[query key similarity, '\" \"']")
                .replace("keywords: [query, key, value, softmax]", "keywords: [query, key, value, ' ']");

        assertThat(parser.parse(FILE, empty).problems()).containsExactly(
                new RubricProblem(FILE, 12, "criterion \"mechanism\": item 2 of \"expressions\" is empty"),
                new RubricProblem(FILE, 13, "criterion \"mechanism\": item 4 of \"keywords\" is empty"));
    }

    @Test
    void readsNamingExpressionsBesideExplainingOnes() {
        String naming = VALID.replace("    expressions: [query key similarity, weighted sum of values]\n",
                "    expressions:\n      - weighted sum of values\n      - name: self-attention\n"
                        + "      - name: attention mechanism\n");

        ParseResult result = parser.parse(FILE, naming);

        assertThat(result.problems()).isEmpty();
        Criterion mechanism = result.rubric().orElseThrow().criteria().get(0);
        assertThat(mechanism.expressions()).containsExactly("weighted sum of values");
        assertThat(mechanism.naming()).containsExactly("self-attention", "attention mechanism");
        assertThat(parser.parse(FILE, RubricWriter.toYaml(result.rubric().orElseThrow())).rubric().orElseThrow())
                .isEqualTo(result.rubric().orElseThrow());
        assertThat(parser.parse(FILE, VALID).rubric().orElseThrow().criteria().get(0).naming()).isEmpty();
    }

    @Test
    void reportsNamingExpressionsThatCannotWork() {
        String onlyNames = VALID.replace("    expressions: [query key similarity, weighted sum of values]\n",
                "    expressions:\n      - name: self-attention\n");
        String wrongKey = VALID.replace("    expressions: [query key similarity, weighted sum of values]\n",
                "    expressions:\n      - weighted sum of values\n      - names: self-attention\n");
        String emptyName = VALID.replace("    expressions: [query key similarity, weighted sum of values]\n",
                "    expressions:\n      - weighted sum of values\n      - name: ''\n");

        assertThat(parser.parse(FILE, onlyNames).problems()).containsExactly(new RubricProblem(FILE, 13,
                "criterion \"mechanism\": every expression only names the concept (\"name: ...\"); add at least one "
                        + "that explains it, or the criterion could never earn all its points"));
        assertThat(parser.parse(FILE, wrongKey).problems()).containsExactly(new RubricProblem(FILE, 14,
                "criterion \"mechanism\": item 2 of \"expressions\" must be a phrase, or \"name: \" and a phrase "
                        + "that only names the concept"));
        assertThat(parser.parse(FILE, emptyName).problems()).containsExactly(new RubricProblem(FILE, 14,
                "criterion \"mechanism\": item 2 of \"expressions\" is empty"));
    }

    @Test
    void reportsMinKeywordsOutOfRange() {
        String tooMany = VALID.replace("min_keywords: 3", "min_keywords: 5");
        String zero = VALID.replace("min_keywords: 3", "min_keywords: 0");

        assertThat(parser.parse(FILE, tooMany).problems()).containsExactly(new RubricProblem(FILE, 14,
                "criterion \"mechanism\": \"min_keywords\" is 5, but it must be between 1 and 4, the number of "
                        + "keywords"));
        assertThat(parser.parse(FILE, zero).problems()).extracting(RubricProblem::message).containsExactly(
                "criterion \"mechanism\": \"min_keywords\" is 0, but it must be between 1 and 4, the number of "
                        + "keywords");
    }

    @Test
    void reportsMinKeywordsWithoutKeywords() {
        String noKeywords = VALID.replace("    keywords: [query, key, value, softmax]\n", "");

        assertThat(parser.parse(FILE, noKeywords).problems()).containsExactly(new RubricProblem(FILE, 13,
                "criterion \"mechanism\": \"min_keywords\" is set, but the criterion has no keywords"));
    }

    @Test
    void reportsPenaltyLargerThanTheQuestionsPoints() {
        String large = VALID.replace("penalty: 3", "penalty: 12");

        assertThat(parser.parse(FILE, large).problems()).containsExactly(new RubricProblem(FILE, 24,
                "misconception \"linear-cost\": \"penalty\" is 12, but it may not be more than the question's 10 "
                        + "points"));
    }

    @Test
    void reportsPenaltyThatIsNotPositive() {
        String zero = VALID.replace("penalty: 3", "penalty: 0");

        assertThat(parser.parse(FILE, zero).problems()).containsExactly(new RubricProblem(FILE, 24,
                "misconception \"linear-cost\": \"penalty\" must be greater than 0, but it is 0"));
    }

    @Test
    void reportsACriterionWithNothingToMatch() {
        String nothing = VALID.replace("    keywords: [parallel]\n", "");

        assertThat(parser.parse(FILE, nothing).problems()).containsExactly(new RubricProblem(FILE, 17,
                "criterion \"parallel\": has no expressions, keywords or exemplars, so no answer could ever meet it"));
    }

    @Test
    void reportsAMisconceptionWithNothingToMatch() {
        String nothing = VALID.replace("    expressions: [linear in sequence length]\n", "");

        assertThat(parser.parse(FILE, nothing).problems()).containsExactly(new RubricProblem(FILE, 22,
                "misconception \"linear-cost\": has no expressions or exemplars, so it could never be found in an "
                        + "answer"));
    }

    @Test
    void reportsARubricWithoutCriteria() {
        String none = VALID.substring(0, VALID.indexOf("criteria:")) + "criteria: []\n";

        assertThat(parser.parse(FILE, none).problems()).containsExactly(
                new RubricProblem(FILE, 8, "a rubric needs at least one criterion"));
    }

    @Test
    void reportsSynonymsThatAreNotAMapOfLists() {
        String notMap = VALID.replace("  llm: [large language model]", "  - large language model");
        String noList = VALID.replace("  llm: [large language model]", "  llm: large language model\n  gpu: []");

        assertThat(parser.parse(FILE, notMap).problems()).containsExactly(new RubricProblem(FILE, 27,
                "\"synonyms\" must be a map from a term to a list of phrases, such as \"llm: [large language model]\","
                        + " but it is a list"));
        assertThat(parser.parse(FILE, noList).problems()).containsExactly(
                new RubricProblem(FILE, 27, "synonyms: \"llm\" must be a list, but it is \"large language model\""),
                new RubricProblem(FILE, 28, "synonyms: \"gpu\" has no phrases"));
    }

    @Test
    void reportsARubricLargerThanTheSizeLimit() {
        RubricParser small = new RubricParser(100);

        assertThat(small.parse(FILE, VALID).problems()).containsExactly(new RubricProblem(FILE, 0,
                "the file has " + String.format(java.util.Locale.ROOT, "%,d", VALID.length())
                        + " characters; the limit is 100"));
        assertThat(new RubricParser().maxChars()).isEqualTo(200_000);
        assertThat(new RubricParser(VALID.length()).parse(FILE, VALID).problems()).isEmpty();
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        String many = VALID.replace("title: Self-attention", "title:")
                .replace("min_keywords: 3", "min_keywords: 9")
                .replace("penalty: 3", "penalty: 30");

        assertThat(parser.parse(FILE, many).problems()).extracting(RubricProblem::line).containsExactly(2, 14, 24);
    }

    @Test
    void reportsAnIdThatDoesNotMatchTheExpectedOne() {
        ParseResult result = parser.parse("q07.yaml", VALID, java.util.Optional.of("q07"));

        assertThat(result.problems()).containsExactly(new RubricProblem("q07.yaml", 1,
                "the id is \"q06\", but the file is named for \"q07\"; the id must match the file name"));
    }

    @Test
    void refusesFilesThatRepeatAnchorsManyTimes() {
        String bomb = """
                a: &a [x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                """;

        assertThat(parser.parse(FILE, bomb).problems()).containsExactly(new RubricProblem(FILE, 0,
                "the file repeats anchors (*name) more than 20 times; write the text out instead"));
    }

    @Test
    void reportsASecondDocumentInTheFile() {
        assertThat(parser.parse(FILE, VALID + "---\nid: q07\n").problems()).containsExactly(new RubricProblem(FILE,
                28, "a second YAML document starts here (after \"---\"); the file must hold one document"));
    }
}
