package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.assay.engine.rubric.BankLoader;
import org.assay.engine.rubric.LoadedBank;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.FlagCode;
import org.assay.engine.score.GradeReport;

/** Answers written the way engineers write them, and lists dressed up as prose, on questions of the bank. */
class StructuredAnswersTest {

    private static final GradingEngine LEXICAL = EngineFixtures.engine(new EngineOptions(true, true, false));
    private static final LoadedBank BANK = new BankLoader().load(Path.of("rubrics/genai-interview"));

    private static Rubric question(String id) {
        return BANK.rubric(id).orElseThrow();
    }

    @Test
    void aListOfTermsInAProseFrameIsCapped() {
        GradeReport report = LEXICAL.grade(question("q03"), "Relevant here are subwords, byte pair encoding, the "
                + "context window, the price per token and multilingual text, all of which play a role.");

        assertThat(report.hasFlag(FlagCode.KEYWORD_LIST)).isTrue();
        assertThat(report.score()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void terseAnswersWhoseTermsCarryPredicatesAreNotCapped() {
        assertStatementsEarnMoreThan(3.0, "q15", "attention scores every token pair against every other, so n^2 "
                + "work; 2x length -> 4x cost");
    }

    @Test
    void bulletsWithComplexityNotationStateFacts() {
        assertStatementsEarnMoreThan(4.0, "q15", "- every token attends to every other token: n x n score matrix\n"
                + "- attention: O(n²) in sequence length\n- double the context -> 4x the compute");
    }

    @Test
    void aTableRowStatesFactsAboutItsFirstCell() {
        assertStatementsEarnMoreThan(5.0, "q07", """
                | model | attention | typical use |
                |---|---|---|
                | GPT | decoder-only, causal | text generation |
                | BERT | encoder-only, bidirectional | classification |
                | T5 | encoder-decoder | translation, summarization |
                """);
    }

    private static void assertStatementsEarnMoreThan(double points, String qid, String answer) {
        GradeReport report = LEXICAL.grade(question(qid), answer);

        assertThat(report.hasFlag(FlagCode.KEYWORD_LIST)).as(answer).isFalse();
        assertThat(report.score()).as(answer).isGreaterThan(points);
    }
}
