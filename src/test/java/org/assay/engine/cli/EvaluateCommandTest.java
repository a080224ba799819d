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

import org.assay.engine.EngineOptions;
import org.assay.engine.rubric.Bank;
import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.BankWriter;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** q01 is worth 10: "piece" earns 6, "text" earns 4, "whole word" costs 3. q02 is worth 4: "vector" earns 4. */
    private static final Rubric Q01 = new Rubric("q01", "Tokens", "What is a token?", 10, "A piece of text.",
            List.of(criterion("piece", 6, "piece"), criterion("text", 4, "text")),
            List.of(new Misconception("whole-word", "Says a token is a whole word", 3, List.of("whole word"),
                    List.of())), Map.of());
    private static final Rubric Q02 = new Rubric("q02", "Embeddings", "What is an embedding?", 4, "A vector.",
            List.of(criterion("vector", 4, "vector")), List.of(), Map.of());

    @TempDir
    Path dir;
    private Path bank;
    private Path in;
    private Path outFile;
    private final FakeEngine engine = new FakeEngine();
    private final List<EngineOptions> loads = new ArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void writeBank() throws IOException {
        bank = dir.resolve("bank");
        Files.createDirectories(bank);
        Map<String, String> files = BankWriter.write(new Bank("tiny", "Tiny", "", 10, List.of("q01", "q02")),
                List.of(Q01, Q02), Map.of());
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(bank.resolve(file.getKey()), file.getValue());
        }
        in = dir.resolve("answers.jsonl");
        outFile = dir.resolve("out/predictions.jsonl");
    }

    @Test
    void writesTheInputFieldsThenScoreMaxFlagsCriteriaAndMisconceptions() throws IOException {
        input("{\"id\": \"a1\", \"qid\": \"q01\", \"answer\": \"A piece of the input, not the whole.\", "
                + "\"extra\": {\"x\": [1, 2]}}");

        int exit = run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        assertThat(Files.readString(outFile)).isEqualTo("{\"id\":\"a1\",\"qid\":\"q01\",\"answer\":\"A piece of the"
                + " input, not the whole.\",\"extra\":{\"x\":[1,2]},\"score\":6.0,\"max\":10.0,\"flags\":[],"
                + "\"criteria\":{\"piece\":6.0,\"text\":0.0},\"misconceptions\":[]}" + System.lineSeparator());
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void listsTheMisconceptionsFound() throws IOException {
        input("{\"id\": \"a1\", \"qid\": \"q01\", \"answer\": \"Each piece of text is a whole word.\"}",
                "{\"id\": \"a2\", \"qid\": \"q01\", \"answer\": \"A piece of the text.\"}");

        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString());

        List<JsonNode> rows = outputRows();
        assertThat(rows.get(0).get("misconceptions")).extracting(JsonNode::asText).containsExactly("whole-word");
        assertThat(rows.get(0).get("score").asDouble()).isEqualTo(7.0);
        assertThat(rows.get(1).get("misconceptions")).isEmpty();
    }

    @Test
    void keepsAHumanScoreAsHumanScore() throws IOException {
        input("{\"id\": \"a1\", \"qid\": \"q02\", \"answer\": \"vector\", \"score\": 3.5}");

        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString());

        JsonNode row = outputRows().get(0);
        assertThat(row.get("human_score").asDouble()).isEqualTo(3.5);
        assertThat(row.get("score").asDouble()).isEqualTo(4.0);
        assertThat(row.get("flags")).extracting(JsonNode::asText).containsExactly("TOO_SHORT");
    }

    @Test
    void rescalesScoreMaxAndCriteriaToTheScale() throws IOException {
        input("{\"id\": \"a1\", \"qid\": \"q01\", \"answer\": \"a piece of some kind\"}",
                "{\"id\": \"a2\", \"qid\": \"q02\", \"answer\": \"a vector of numbers\"}");

        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString(), "--scale", "5");

        List<JsonNode> rows = outputRows();
        assertThat(rows.get(0).get("score").asDouble()).isEqualTo(3.0);
        assertThat(rows.get(0).get("max").asDouble()).isEqualTo(5.0);
        assertThat(rows.get(0).get("criteria").get("piece").asDouble()).isEqualTo(3.0);
        assertThat(rows.get(1).get("score").asDouble()).isEqualTo(5.0);
        assertThat(rows.get(1).get("max").asDouble()).isEqualTo(5.0);
    }

    @Test
    void reportsMalformedLinesByNumberAndGradesTheOthers() throws IOException {
        input("{\"id\": \"a1\", \"qid\": \"q01\", \"answer\": \"piece of text\"}",
                "{\"id\": \"a2\", \"qid\": \"q01\", \"answer\": ",
                "",
                "{\"id\": \"a4\", \"answer\": \"no question\"}",
                "{\"id\": \"a5\", \"qid\": \"q01\"}",
                "{\"id\": \"a6\", \"qid\": \"q99\", \"answer\": \"unknown question\"}",
                "{\"id\": \"a7\", \"qid\": \"q01\", \"answer\": \"text\", \"score\": \"high\"}",
                "[1, 2]",
                "{\"id\": \"a9\", \"qid\": \"q01\", \"answer\": \"" + FakeEngine.FAILING_ANSWER + "\"}",
                "{\"id\": \"a10\", \"qid\": \"q02\", \"answer\": \"a vector\"}");

        int exit = run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        var rows = outputRows();
        assertThat(rows).filteredOn(r -> !r.has("error")).extracting(r -> r.get("id").asText())
                .containsExactly("a1", "a10");
        assertThat(rows).extracting(r -> r.has("id") ? r.get("id").asText() : "line " + r.get("line").asInt())
                .containsExactly("a1", "line 2", "a4", "a5", "a6", "a7", "line 8", "a9", "a10");
        assertThat(rows.get(1).get("error").asText()).startsWith("not valid JSON");
        assertThat(rows.get(7).get("error").asText()).startsWith("the engine could not grade it");
        assertThat(stdout.toString().lines()).contains("errors=7");
        assertThat(stderr.toString()).contains("graded 2 of 9 answers; 7 could not be graded");
        assertThat(stderr.toString().lines().filter(l -> l.startsWith(in.toString())).toList()).containsExactly(
                in + ":2: not valid JSON: Unexpected end-of-input within/between Object entries",
                in + ":4: missing \"qid\"",
                in + ":5: missing \"answer\" (it must be a JSON string)",
                in + ":6: unknown qid \"q99\": the bank has no such question",
                in + ":7: \"score\" must be a number, not \"high\"",
                in + ":8: not a JSON object",
                in + ":9: the engine could not grade it: java.lang.IllegalStateException: cannot grade this");
        assertThat(stderr.toString()).contains("graded 2 of 9 answers");
    }

    @Test
    void printsAgreementFiguresLastWhenRowsCarryHumanScores() throws IOException {
        // computed scores 10, 6, 4, 0 against human 10, 6, 4, 0: perfect agreement
        input("{\"qid\": \"q01\", \"answer\": \"piece of text\", \"score\": 10}",
                "{\"qid\": \"q01\", \"answer\": \"just a piece\", \"score\": 6}",
                "{\"qid\": \"q01\", \"answer\": \"only some text\", \"score\": 4}",
                "{\"qid\": \"q01\", \"answer\": \"nothing at all\", \"score\": 0}",
                "{\"qid\": \"q01\", \"answer\": \"no human score here\"}");

        run("--rubrics", bank.toString(), "--in", in.toString());

        assertThat(stdout.toString().lines()).containsExactly("n=4", "pearson=1.0000", "spearman=1.0000",
                "rmse=0.0000", "mae=0.0000", "qwk=1.0000");
    }

    @Test
    void reportsRawAndCrossValidatedFiguresByTheGivenField() throws IOException {
        // humans give 1 + 0.4 x computed in every assignment, so each fold's line predicts the held-out one exactly
        List<String> lines = new ArrayList<>();
        String[] answers = {"piece of text", "a piece", "some text", "nothing"};
        double[] computed = {10, 6, 4, 0};
        for (int assignment = 1; assignment <= 3; assignment++) {
            for (int i = 0; i < answers.length; i++) {
                lines.add("{\"qid\": \"q01\", \"answer\": \"" + answers[i] + "\", \"assignment\": " + assignment
                        + ", \"score\": " + (1 + 0.4 * computed[i]) + "}");
            }
        }
        input(lines.toArray(String[]::new));

        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString(), "--scale", "10",
                "--cv-field", "assignment");

        List<String> figures = stdout.toString().lines().toList();
        assertThat(figures).contains("n=12", "pearson=1.0000", "cv_n=12", "cv_pearson=1.0000", "cv_rmse=0.0000",
                "cv_mae=0.0000");
        assertThat(figures).filteredOn(l -> l.startsWith("rmse=")).singleElement()
                .isNotEqualTo("rmse=0.0000");
        assertThat(figures).extracting(l -> l.substring(0, l.indexOf('='))).containsExactly("n", "pearson",
                "spearman", "rmse", "mae", "qwk", "cv_n", "cv_pearson", "cv_spearman", "cv_rmse", "cv_mae", "cv_qwk");
        assertThat(outputRows().get(0).get("cv_score").asDouble()).isEqualTo(5.0);
    }

    @Test
    void printsTheFlaggedShareAmongFarOffAnswersAndAmongTheOthersWhenAsked() throws IOException {
        // on 0..10, far means 3 or more from the human score; "a piece" and "nothing" are flagged too short
        input("{\"qid\": \"q01\", \"answer\": \"piece of text\", \"score\": 2}",
                "{\"qid\": \"q01\", \"answer\": \"a piece\", \"score\": 0}",
                "{\"qid\": \"q01\", \"answer\": \"nothing\", \"score\": 1}",
                "{\"qid\": \"q01\", \"answer\": \"only some text\", \"score\": 5}");

        run("--rubrics", bank.toString(), "--in", in.toString(), "--scale", "10", "--routing-figures");

        assertThat(stdout.toString().lines()).contains("far_n=2", "flagged_far=0.5000", "routed_far=0.0000",
                "near_n=2", "flagged_near=0.5000", "routed_near=0.0000");
    }

    @Test
    void printsTheMeanScorePerKind() throws IOException {
        input("{\"qid\": \"q01\", \"kind\": \"excellent\", \"answer\": \"piece of text\"}",
                "{\"qid\": \"q01\", \"kind\": \"partial\", \"answer\": \"a piece\"}",
                "{\"qid\": \"q01\", \"kind\": \"partial\", \"answer\": \"some text\"}",
                "{\"qid\": \"q01\", \"kind\": \"off_topic\", \"answer\": \"the weather\"}");

        run("--rubrics", bank.toString(), "--in", in.toString());

        assertThat(stdout.toString().lines()).containsExactly("mean_score_excellent=10.0000",
                "mean_score_off_topic=0.0000", "mean_score_partial=5.0000");
    }

    @Test
    void draftsOneRubricPerQuestionWorthTheScale() throws IOException {
        String question = "\"question\": \"What is a stack?\", \"reference\": \"A stack is a last-in first-out list\"";
        input("{\"id\": \"1\", \"qid\": \"1.1\", " + question + ", \"answer\": \"a stack\", \"score\": 5}",
                "{\"id\": \"2\", \"qid\": \"1.1\", " + question + ", \"answer\": \"a queue\", \"score\": 1}",
                "{\"id\": \"3\", \"qid\": \"1.2\", \"question\": \"Why?\", \"reference\": \"It is so\", "
                        + "\"answer\": \"because\"}",
                "{\"id\": \"4\", \"qid\": \"1.2\", \"answer\": \"no reference on this line\"}");

        int exit = run("--draft-from-reference", "--scale", "5", "--in", in.toString(), "--out",
                outFile.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        assertThat(engine.drafts.get()).isEqualTo(2);
        assertThat(outputRows()).filteredOn(r -> !r.has("error"))
                .extracting(r -> r.get("score").asDouble() + "/" + r.get("max").asDouble())
                .containsExactly("5.0/5.0", "0.0/5.0");
        assertThat(outputRows()).filteredOn(r -> r.has("error")).extracting(r -> r.get("id").asText())
                .containsExactly("3", "4");
        assertThat(stderr.toString()).contains(
                in + ":3: no rubric could be drafted for qid \"1.2\": the reference has no long words",
                in + ":4: missing \"question\", needed to draft a rubric");
    }

    @Test
    void passesSwitchedOffChannelsToTheEngineAndLoadsItOnce() throws IOException {
        input("{\"qid\": \"q01\", \"question\": \"Q?\", \"reference\": \"pieces\", \"answer\": \"pieces\"}",
                "{\"qid\": \"q02\", \"question\": \"Q?\", \"reference\": \"vectors\", \"answer\": \"vectors\"}");

        run("--draft-from-reference", "--no-semantic", "--no-wordnet", "--in", in.toString());

        assertThat(loads).containsExactly(new EngineOptions(false, true, false));
    }

    @Test
    void usesEveryChannelByDefault() throws IOException {
        input("{\"qid\": \"q01\", \"answer\": \"piece\"}");

        run("--rubrics", bank.toString(), "--in", in.toString(), "--no-spelling");

        assertThat(loads).containsExactly(new EngineOptions(true, false, true));
    }

    @Test
    void refusesABankWithProblemsWithoutLoadingTheEngine() throws IOException {
        Files.writeString(bank.resolve("q02.yaml"), Files.readString(bank.resolve("q02.yaml"))
                .replace("points: 4\nmodel", "points: 5\nmodel"));
        input("{\"qid\": \"q01\", \"answer\": \"piece\"}");

        int exit = run("--rubrics", bank.toString(), "--in", in.toString());

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(loads).isEmpty();
        assertThat(stderr.toString()).contains(bank.resolve("q02.yaml") + ":4: the criteria points add up to 4, "
                + "but the question is worth 5 points; they must be equal");
    }

    @Test
    void refusesWrongOptionsWithTheUsage() {
        assertThat(run("--rubrics", bank.toString(), "--in", "x.jsonl", "--colour")).isEqualTo(EvaluateCommand.FAILED);
        assertThat(run("--in", "x.jsonl")).isEqualTo(EvaluateCommand.FAILED);
        assertThat(run("--draft-from-reference", "--in", "x.jsonl", "--scale", "zero"))
                .isEqualTo(EvaluateCommand.FAILED);
        assertThat(run("--draft-from-reference", "--in", "x.jsonl", "--threads", "0"))
                .isEqualTo(EvaluateCommand.FAILED);

        assertThat(stderr.toString()).contains("evaluate: unknown option --colour",
                "evaluate: give either --rubrics DIR or --draft-from-reference",
                "evaluate: --scale needs a number greater than 0, not zero",
                "evaluate: --threads needs a whole number from 1 to 64, not 0", "Usage: evaluate");
        assertThat(loads).isEmpty();
    }

    @Test
    void reportsAMissingInputFile() {
        int exit = run("--rubrics", bank.toString(), "--in", dir.resolve("none.jsonl").toString());

        assertThat(exit).isEqualTo(EvaluateCommand.FAILED);
        assertThat(stderr.toString()).contains("evaluate: cannot read " + dir.resolve("none.jsonl"));
    }

    @Test
    void writesTheSameRowsOnSeveralThreads() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add("{\"id\": " + i + ", \"qid\": \"q0" + (1 + i % 2) + "\", \"answer\": \""
                    + List.of("piece of text", "vector", "text", "piece").get(i % 4) + "\"}");
        }
        input(lines.toArray(String[]::new));
        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString());
        String oneThread = Files.readString(outFile);

        run("--rubrics", bank.toString(), "--in", in.toString(), "--out", outFile.toString(), "--threads", "4");

        assertThat(Files.readString(outFile)).isEqualTo(oneThread);
    }

    private int run(String... args) {
        EvaluateCommand command = new EvaluateCommand(options -> {
            loads.add(options);
            return engine;
        }, new BankLoader(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return command.run(args);
    }

    private void input(String... lines) throws IOException {
        Files.writeString(in, String.join("\n", lines) + "\n");
    }

    private List<JsonNode> outputRows() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(outFile)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static Criterion criterion(String id, double points, String keyword) {
        return new Criterion(id, "Mentions " + keyword, points, List.of(), List.of(keyword), 1, List.of());
    }
}
