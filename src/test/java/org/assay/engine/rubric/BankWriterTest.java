package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BankWriterTest {

    private final BankLoader loader = new BankLoader();

    @Test
    void exportThenImportGivesTheSameBankRubricsAndExamples() {
        LoadedBank original = loader.load(BankFixtures.files());

        Map<String, String> exported = BankWriter.write(original.bank().orElseThrow(), original.rubrics(),
                original.examples());
        LoadedBank imported = loader.load(exported);

        assertThat(exported).containsOnlyKeys("bank.yaml", "q01.yaml", "q01.examples.yaml", "q02.yaml");
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.bank()).isEqualTo(original.bank());
        assertThat(imported.rubrics()).isEqualTo(original.rubrics());
        assertThat(imported.examples().get("q01")).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                .isEqualTo(original.examples().get("q01"));
    }

    @Test
    void writesExamplesReadablyAndLeavesOutTheDefaultTolerance() {
        LoadedBank original = loader.load(BankFixtures.files());

        assertThat(BankWriter.examplesYaml(original.examples().get("q01"), 10)).isEqualTo("""
                - kind: excellent
                  answer: >-
                    A token is a small piece of text that a model reads, often a part of a word.
                - kind: keyword_list
                  answer: piece text word
                  score: 2
                  tolerance: 2
                  flags: [KEYWORD_LIST]
                """.replace("word.\n", "word.\n  score: 10\n"));
    }

    @Test
    void writesTheBankFileInItsFieldOrder() {
        Bank bank = new Bank("tiny", "Tiny bank", "", 30, List.of("q01", "q02"));

        assertThat(BankWriter.bankYaml(bank)).isEqualTo("""
                id: tiny
                title: Tiny bank
                time_limit_minutes: 30
                questions: [q01, q02]
                """);
    }

    @Test
    void refusesRubricsThatDoNotMatchTheBanksQuestions() {
        LoadedBank original = loader.load(BankFixtures.files());
        List<Rubric> reversed = List.of(original.rubrics().get(1), original.rubrics().get(0));

        assertThatThrownBy(() -> BankWriter.write(original.bank().orElseThrow(), reversed, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[q02, q01]");
    }
}
