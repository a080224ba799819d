package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assay.engine.score.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankLoaderTest {

    private final BankLoader loader = new BankLoader();

    @Test
    void readsTheBankItsRubricsInOrderAndTheirExamples() {
        LoadedBank loaded = loader.load(BankFixtures.files());

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.isValid()).isTrue();
        assertThat(loaded.bank()).contains(
                new Bank("tiny", "Tiny bank", "Two questions for tests.", 20, List.of("q01", "q02")));
        assertThat(loaded.rubrics()).extracting(Rubric::id).containsExactly("q01", "q02");
        assertThat(loaded.examples()).containsOnlyKeys("q01", "q02");
        assertThat(loaded.examples().get("q01")).containsExactly(
                new GradedExample("q01.examples.yaml", 1, ExampleKind.EXCELLENT,
                        "A token is a small piece of text that a model reads, often a part of a word.", 10, 1.5,
                        List.of()),
                new GradedExample("q01.examples.yaml", 4, ExampleKind.KEYWORD_LIST, "piece text word", 2, 2,
                        List.of(FlagCode.KEYWORD_LIST)));
        assertThat(loaded.examples().get("q02")).isEmpty();
    }

    @Test
    void readsAFolderTheSameAsUploadedFiles(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : BankFixtures.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Files.writeString(folder.resolve("README.md"), "not part of the bank");

        assertThat(loader.load(folder)).isEqualTo(loader.load(BankFixtures.files()));
    }

    @Test
    void ignoresFoldersInUploadedFileNames() {
        Map<String, String> zipped = new java.util.LinkedHashMap<>();
        BankFixtures.files().forEach((name, text) -> zipped.put("tiny/" + name, text));

        assertThat(loader.load(zipped)).isEqualTo(loader.load(BankFixtures.files()));
    }

    @Test
    void reportsTwoUploadedFilesWithTheSameName() {
        Map<String, String> files = BankFixtures.with("other/q02.yaml", BankFixtures.Q02);

        assertThat(loader.load(files).problems()).containsExactly(
                new RubricProblem("q02.yaml", 0, "two of the files are named q02.yaml"));
    }

    @Test
    void reportsAMissingFolder(@TempDir Path parent) {
        Path missing = parent.resolve("nothing-here");

        assertThat(loader.load(missing).problems()).containsExactly(
                new RubricProblem(missing.toString(), 0, "there is no such folder"));
    }

    @Test
    void reportsAMissingBankFile() {
        LoadedBank loaded = loader.load(BankFixtures.without("bank.yaml"));

        assertThat(loaded.bank()).isEmpty();
        assertThat(loaded.isValid()).isFalse();
        assertThat(loaded.problems()).containsExactly(new RubricProblem("bank.yaml", 0,
                "the bank has no bank.yaml; it gives the bank's id, title, time limit and questions"));
    }

    @Test
    void reportsAMissingQuestionFileOnItsLineInTheBankFile() {
        LoadedBank loaded = loader.load(BankFixtures.with("bank.yaml", BankFixtures.BANK.replace(
                "questions: [q01, q02]", "questions:\n  - q01\n  - q02\n  - q03")));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("bank.yaml", 8,
                "question \"q03\" is listed, but there is no file q03.yaml"));
        assertThat(loaded.rubrics()).extracting(Rubric::id).containsExactly("q01", "q02");
    }

    @Test
    void reportsAQuestionIdThatDoesNotMatchItsFileName() {
        LoadedBank loaded = loader.load(BankFixtures.with("q02.yaml", BankFixtures.Q02.replace("id: q02", "id: q2")));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("q02.yaml", 1,
                "the id is \"q2\", but the file is named for \"q02\"; the id must match the file name"));
    }

    @Test
    void reportsAQuestionListedTwice() {
        LoadedBank loaded = loader.load(BankFixtures.with("bank.yaml", BankFixtures.BANK.replace(
                "questions: [q01, q02]", "questions:\n  - q01\n  - q02\n  - q01")));

        assertThat(loaded.problems()).containsExactly(
                new RubricProblem("bank.yaml", 8, "question \"q01\" is listed twice (first on line 6)"));
    }

    @Test
    void reportsBadBankFields() {
        String bad = """
                id: Tiny Bank
                title:
                time_limit_minute: 20
                questions: [q01, q02, "../secret"]
                """;

        assertThat(loader.load(BankFixtures.with("bank.yaml", bad)).problems()).containsExactly(
                new RubricProblem("bank.yaml", 1, "the id \"Tiny Bank\" is not valid: " + RubricParser.ID_RULE),
                new RubricProblem("bank.yaml", 1, "the required field \"time_limit_minutes\" is missing"),
                new RubricProblem("bank.yaml", 2, "\"title\" is empty"),
                new RubricProblem("bank.yaml", 3, "unknown field \"time_limit_minute\"; did you mean "
                        + "\"time_limit_minutes\"? Allowed fields: id, title, description, time_limit_minutes, "
                        + "questions"),
                new RubricProblem("bank.yaml", 4, "the id \"../secret\" is not valid: " + RubricParser.ID_RULE));
    }

    @Test
    void reportsATimeLimitThatIsNotPositive() {
        LoadedBank loaded = loader.load(BankFixtures.with("bank.yaml",
                BankFixtures.BANK.replace("time_limit_minutes: 20", "time_limit_minutes: 0")));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("bank.yaml", 4,
                "\"time_limit_minutes\" must be greater than 0, but it is 0"));
    }

    @Test
    void reportsRubricProblemsWithTheRubricsFileName() {
        LoadedBank loaded = loader.load(BankFixtures.with("q01.yaml", BankFixtures.Q01.replace("points: 10\nmodel",
                "points: 12\nmodel")));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("q01.yaml", 4,
                "the criteria points add up to 10, but the question is worth 12 points; they must be equal"));
        assertThat(loaded.rubrics()).extracting(Rubric::id).containsExactly("q02");
    }

    @Test
    void reportsBadExampleFields() {
        String bad = """
                - kind: excelent
                  answer: A token is a piece of text.
                  score: 11
                - kind: minimal
                  score: 1
                  tolerance: -1
                  flags: [KEYWORDLIST, TOO_SHORT]
                """;

        assertThat(loader.load(BankFixtures.with("q01.examples.yaml", bad)).problems()).containsExactly(
                new RubricProblem("q01.examples.yaml", 1, "example 1: the kind \"excelent\" is not known; did you "
                        + "mean \"excellent\"? Use one of: " + String.join(", ", ExampleKind.yamlNames())),
                new RubricProblem("q01.examples.yaml", 3,
                        "example 1: \"score\" is 11, but it must be between 0 and the question's 10 points"),
                new RubricProblem("q01.examples.yaml", 4, "example 2: the required field \"answer\" is missing"),
                new RubricProblem("q01.examples.yaml", 6,
                        "example 2: \"tolerance\" must not be negative, but it is -1"),
                new RubricProblem("q01.examples.yaml", 7, "example 2: the flag \"KEYWORDLIST\" is not known; did you "
                        + "mean \"KEYWORD_LIST\"? Use one of: KEYWORD_LIST, TOO_SHORT, OFF_TOPIC, NEGATED_CONCEPT, "
                        + "LOW_CONFIDENCE, COPIED_TEXT, ADDRESSES_GRADER, OTHER_LANGUAGE, NEEDS_REVIEW"));
    }

    @Test
    void reportsAnExamplesFileThatIsNotAList() {
        LoadedBank loaded = loader.load(BankFixtures.with("q01.examples.yaml", "kind: excellent\nscore: 10\n"));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("q01.examples.yaml", 1,
                "an examples file must be a list of examples, each starting with \"- kind:\", but it is a map"));
    }

    @Test
    void reportsFilesThatBelongToNoListedQuestion() {
        LoadedBank loaded = loader.load(BankFixtures.with("q03.examples.yaml", BankFixtures.Q01_EXAMPLES));

        assertThat(loaded.problems()).containsExactly(new RubricProblem("q03.examples.yaml", 0,
                "the file belongs to no question: bank.yaml does not list \"q03\""));
    }

    @Test
    void reportsAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : BankFixtures.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        Files.write(folder.resolve("q02.yaml"), BankFixtures.Q02.replace("Embeddings", "Einbettung \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(loader.load(folder).problems()).containsExactly(
                new RubricProblem("q02.yaml", 0, "the file is not UTF-8 text"));
    }

    @Test
    void reportsFilesLargerThanTheSizeLimit(@TempDir Path folder) throws IOException {
        for (Map.Entry<String, String> file : BankFixtures.files().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        int limit = BankFixtures.Q01.length() - 1;
        Files.writeString(folder.resolve("q02.yaml"), BankFixtures.Q02 + "#".repeat(limit * 4));

        assertThat(new BankLoader(new RubricParser(limit)).load(folder).problems()).containsExactly(
                new RubricProblem("q01.yaml", 0, "the file has " + BankFixtures.Q01.length()
                        + " characters; the limit is " + limit),
                new RubricProblem("q02.yaml", 0, String.format(Locale.ROOT, "the file has %,d bytes, more than the "
                        + "limit of %d characters allows", BankFixtures.Q02.length() + limit * 4, limit)));
    }
}
