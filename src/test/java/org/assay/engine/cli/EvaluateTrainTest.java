package org.assay.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assay.engine.rubric.Bank;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.BankWriter;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Rubric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --train}: scored rows become examples of their qid. The rubric gives 4 of 4 to any answer with "vector";
 * people gave answers calling it a random vector 0.
 */
class EvaluateTrainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Rubric Q02 = new Rubric("q02", "Embeddings", "What is an embedding?", 4, "A vector.",
            List.of(new Criterion("vector", "Mentions vector", 4, List.of(), List.of("vector"), 1, List.of())),
            List.of(), Map.of());
    private static final String RANDOM = "it is a random vector with no meaning at all";

    @TempDir
    Path dir;
    private Path bank;
    private Path train;
    private Path in;
    private Path out;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void write() throws IOException {
        bank = dir.resolve("bank");
        Files.createDirectories(bank);
        for (var file : BankWriter.write(new Bank("tiny", "Tiny", "", 4, List.of("q02")), List.of(Q02), Map.of())
                .entrySet()) {
            Files.writeString(bank.resolve(file.getKey()), file.getValue());
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row("good" + i, "a learned vector of numbers that places similar words close together " + i, 4));
            rows.add(row("random" + i, RANDOM + " " + i, 0));
        }
        train = dir.resolve("train.jsonl");
        Files.writeString(train, String.join("\n", rows) + "\n");
        in = dir.resolve("in.jsonl");
        out = dir.resolve("out.jsonl");
    }

    @Test
    void anAnswerLikeTheLowScoredExamplesIsPulledDownAndTheRubricScoreIsKeptApart() throws IOException {
        Files.writeString(in, row("new", RANDOM, 0) + "\n" + row("new2", "a learned vector of numbers", 4) + "\n");

        int exit = run("--rubrics", bank.toString(), "--train", train.toString(), "--in", in.toString(), "--out",
                out.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        List<JsonNode> rows = output();
        assertThat(rows.get(0).get("rubric_score").asDouble()).isEqualTo(4.0);
        assertThat(rows.get(0).get("score").asDouble()).isLessThan(2.0);
        assertThat(rows.get(0).get("example_shift").asDouble())
                .isEqualTo(rows.get(0).get("score").asDouble() - 4.0, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(rows.get(0).get("neighbours").get(0).get("id").asText()).startsWith("random");
        assertThat(rows.get(1).get("score").asDouble()).isGreaterThan(3.5);
        assertThat(stdout.toString()).contains("rubric_pearson=", "moved_by_examples=");
        assertThat(stderr.toString()).contains("12 scored examples of 1 questions", "ms per answer");
    }

    @Test
    void aTrainingRowIsNeverItsOwnExample() throws IOException {
        Files.writeString(in, row("random0", RANDOM + " 0", 0) + "\n");

        run("--rubrics", bank.toString(), "--train", train.toString(), "--in", in.toString(), "--out",
                out.toString());

        JsonNode row = output().get(0);
        assertThat(row.get("neighbours").findValuesAsText("id")).isNotEmpty().doesNotContain("random0");
    }

    @Test
    void answersOfTheSameAttemptAreNotEachOthersExamples() throws IOException {
        Files.writeString(train, "{\"id\": \"t1\", \"attempt\": \"a9\", \"qid\": \"q02\", \"answer\": \"" + RANDOM
                + "\", \"score\": 0}\n");
        Files.writeString(in, "{\"id\": \"x\", \"attempt\": \"a9\", \"qid\": \"q02\", \"answer\": \"" + RANDOM
                + "\", \"score\": 0}\n");

        run("--rubrics", bank.toString(), "--train", train.toString(), "--in", in.toString(), "--out",
                out.toString());

        assertThat(output().get(0).get("neighbours")).isEmpty();
        assertThat(output().get(0).get("score").asDouble()).isEqualTo(4.0);
    }

    @Test
    void trainingRowsWithoutAScoreAreReportedAndLeftOut() throws IOException {
        Files.writeString(train, "{\"id\": \"t1\", \"qid\": \"q02\", \"answer\": \"a vector\"}\n");
        Files.writeString(in, row("x", RANDOM, 0) + "\n");

        int exit = run("--rubrics", bank.toString(), "--train", train.toString(), "--in", in.toString(), "--out",
                out.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        assertThat(stderr.toString()).contains("train.jsonl:1: a training row needs a \"score\"; left out");
        assertThat(output().get(0).get("score").asDouble()).isEqualTo(4.0);
        assertThat(output().get(0).has("error")).isFalse();
    }

    @Test
    void anUnreadableTrainingFileGradesNothing() throws IOException {
        Files.writeString(in, row("x", RANDOM, 0) + "\n");

        int exit = run("--rubrics", bank.toString(), "--train", dir.resolve("missing.jsonl").toString(), "--in",
                in.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(stderr.toString()).contains("cannot read").contains("missing.jsonl");
    }

    private static String row(String id, String answer, double score) {
        return "{\"id\": \"" + id + "\", \"qid\": \"q02\", \"answer\": \"" + answer + "\", \"score\": " + score + "}";
    }

    private int run(String... args) {
        return new EvaluateCommand(options -> new FakeEngine(), new BankLoader(),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run(args);
    }

    private List<JsonNode> output() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }
}
