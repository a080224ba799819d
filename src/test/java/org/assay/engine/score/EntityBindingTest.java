package org.assay.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.assay.engine.EngineFixtures;
import org.assay.engine.EngineOptions;
import org.assay.engine.GradingEngine;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Entity;
import org.assay.engine.rubric.Rubric;
import org.junit.jupiter.api.Test;

/** Criteria bound to one of the entities a question compares earn only what is said of that entity. */
class EntityBindingTest {

    private static final GradingEngine ENGINE = EngineFixtures.engine(new EngineOptions(true, true, false));

    private static final List<Entity> ENTITIES = List.of(
            new Entity("dpo", List.of("DPO", "direct preference optimization")),
            new Entity("rlhf", List.of("RLHF", "reinforcement learning from human feedback")));

    /** A small rubric on DPO and RLHF, written for these tests; {@code bound} says whether criteria name an entity. */
    private static Rubric rubric(boolean bound) {
        return new Rubric("t09", "DPO and RLHF", "How does DPO differ from RLHF?", 10,
                "RLHF fits a separate reward model to the preferences and then runs PPO against it. DPO trains the "
                        + "policy directly on the preference pairs with a classification-style loss, so it needs no "
                        + "reward model and no reinforcement learning loop.",
                List.of(
                        new Criterion("pairs", "Both learn from human preference pairs", 2,
                                List.of("preference pairs", "human preferences"), List.of(), 0, List.of(), ""),
                        new Criterion("rlhf_stages", "RLHF fits a reward model and then optimises with PPO", 4,
                                List.of("separate reward model", "trains a reward model", "reward model then ppo"),
                                List.of(), 0, List.of(), bound ? "rlhf" : ""),
                        new Criterion("dpo_direct", "DPO trains the policy directly, without a reward model", 4,
                                List.of("trains the policy directly", "directly on the preference pairs",
                                        "without a reward model", "no reward model"),
                                List.of(), 0, List.of(), bound ? "dpo" : "")),
                List.of(), Map.of(), bound ? ENTITIES : List.of());
    }

    private static final Rubric BOUND = rubric(true);
    private static final Rubric UNBOUND = rubric(false);

    private static final String CORRECT = "Both learn from human preference pairs. RLHF first fits a separate reward "
            + "model and then runs PPO against it. DPO, on the other hand, trains the policy directly on the "
            + "preference pairs without a reward model.";
    private static final String SWAPPED = "Both learn from human preference pairs. DPO first fits a separate reward "
            + "model and then runs PPO against it. RLHF, on the other hand, trains the policy directly on the "
            + "preference pairs without a reward model.";

    @Test
    void aClaimSaidOfTheOtherEntityEarnsNothingAndCountsAsAMisconception() {
        GradeReport unbound = ENGINE.grade(UNBOUND, SWAPPED);
        GradeReport swapped = ENGINE.grade(BOUND, SWAPPED);

        assertTrue(unbound.score() >= 9, "without entities the swapped answer earns nearly all: " + unbound.score());
        assertTrue(swapped.score() <= 1, "the swapped answer earns little: " + swapped.score());
        assertEquals(0, points(swapped, "rlhf_stages"));
        assertEquals(0, points(swapped, "dpo_direct"));
        List<String> ids = swapped.misconceptions().stream().map(MisconceptionResult::id).toList();
        assertTrue(ids.containsAll(List.of("swapped:rlhf_stages", "swapped:dpo_direct")), ids.toString());
        MisconceptionResult m = swapped.misconceptions().stream().filter(r -> r.id().equals("swapped:dpo_direct"))
                .findFirst().orElseThrow();
        assertEquals("Says of RLHF what holds for DPO: DPO trains the policy directly, without a reward model",
                m.label());
        assertTrue(m.evidence().get(0).text().contains("directly"), m.evidence().toString());
    }

    @Test
    void aCorrectAnswerNamingBothIsGradedAsWithoutEntities() {
        GradeReport unbound = ENGINE.grade(UNBOUND, CORRECT);
        GradeReport bound = ENGINE.grade(BOUND, CORRECT);

        assertEquals(10, bound.score());
        assertEquals(unbound.score(), bound.score());
        assertTrue(bound.misconceptions().isEmpty(), bound.misconceptions().toString());
    }

    @Test
    void aPronounClaimIsSaidOfTheEntityLastTalkedAbout() {
        // "it" stands for DPO, the subject of the sentence before, so the clause that also names RLHF is about both
        GradeReport report = ENGINE.grade(BOUND, "DPO is the newer of the two. It trains the policy directly on the "
                + "preference pairs that RLHF would hand to a reward model.");
        assertEquals(4, points(report, "dpo_direct"));
        assertTrue(report.misconceptions().isEmpty(), report.misconceptions().toString());
    }

    @Test
    void aPronounClaimAboutTheWrongEntityIsASwap() {
        GradeReport report = ENGINE.grade(BOUND, "Both learn from human preference pairs. DPO is the newer one. It "
                + "fits a separate reward model and then runs PPO against it.");
        assertEquals(0, points(report, "rlhf_stages"));
        assertTrue(report.misconceptions().stream().anyMatch(m -> m.id().equals("swapped:rlhf_stages")),
                report.misconceptions().toString());
    }

    @Test
    void aSentenceThatGoesOnWithANewSubjectSpeaksOfItFromThere() {
        GradeReport report = ENGINE.grade(BOUND, "DPO is simpler, RLHF fits a separate reward model and then runs "
                + "PPO, while DPO trains the policy directly.");
        assertEquals(4, points(report, "rlhf_stages"), report.criteria().toString());
        assertEquals(4, points(report, "dpo_direct"), report.criteria().toString());
        assertTrue(report.misconceptions().isEmpty(), report.misconceptions().toString());
    }

    @Test
    void aThingTheSubjectDoesWithoutIsNotSaidOfIt() {
        GradeReport report = ENGINE.grade(BOUND, "Both learn from human preference pairs. DPO removes the separate "
                + "reward model and trains the policy directly.");
        assertEquals(4, points(report, "dpo_direct"));
        assertEquals(0, points(report, "rlhf_stages"));
        assertTrue(report.misconceptions().isEmpty(), report.misconceptions().toString());
    }

    @Test
    void theFormerAndTheLatterStandForTheFirstAndSecondNamed() {
        String right = "RLHF and DPO both learn from human preference pairs. The former fits a separate reward model "
                + "and then runs PPO; the latter trains the policy directly on the preference pairs.";
        String wrong = "RLHF and DPO both learn from human preference pairs. The latter fits a separate reward model "
                + "and then runs PPO; the former trains the policy directly on the preference pairs.";
        assertEquals(10, ENGINE.grade(BOUND, right).score());
        GradeReport swapped = ENGINE.grade(BOUND, wrong);
        assertEquals(0, points(swapped, "rlhf_stages"));
        assertEquals(0, points(swapped, "dpo_direct"));
    }

    @Test
    void theOtherStandsForTheOneThePreviousClaimWasNotAbout() {
        GradeReport report = ENGINE.grade(BOUND, "RLHF and DPO both learn from human preference pairs. DPO trains "
                + "the policy directly on the preference pairs. The other fits a separate reward model and then runs "
                + "PPO.");
        assertEquals(10, report.score(), report.criteria().toString());

        GradeReport swapped = ENGINE.grade(BOUND, "Both learn from human preference pairs. RLHF is the older method "
                + "and DPO the newer one. This one fits a separate reward model and then runs PPO.");
        assertEquals(0, points(swapped, "rlhf_stages"));
        assertTrue(swapped.misconceptions().stream().anyMatch(m -> m.id().equals("swapped:rlhf_stages")));
    }

    @Test
    void headingsAndTableRowsStateClaimsAboutTheirEntity() {
        String headings = "RLHF:\n- fits a separate reward model, then PPO\nDPO:\n- trains the policy directly, no "
                + "reward model";
        GradeReport report = ENGINE.grade(BOUND, headings);
        assertEquals(4, points(report, "rlhf_stages"), report.criteria().toString());
        assertEquals(4, points(report, "dpo_direct"), report.criteria().toString());

        String rows = "| method | how it trains |\n| RLHF | trains a reward model, then PPO |\n"
                + "| DPO | trains the policy directly, no reward model |";
        GradeReport table = ENGINE.grade(BOUND, rows);
        assertEquals(4, points(table, "rlhf_stages"), table.criteria().toString());
        assertEquals(4, points(table, "dpo_direct"), table.criteria().toString());

        String swappedRows = "| RLHF | trains the policy directly, no reward model |\n"
                + "| DPO | trains a reward model, then PPO |";
        GradeReport swapped = ENGINE.grade(BOUND, swappedRows);
        assertEquals(0, points(swapped, "rlhf_stages"));
        assertEquals(0, points(swapped, "dpo_direct"));
        assertFalse(swapped.misconceptions().isEmpty());
    }

    @Test
    void aNameThatLooksLikeAVerbStillNamesTheSubject() {
        Rubric tuned = new Rubric("t13", "Base and tuned models", "How does a base model differ from a tuned one?", 4,
                "A base model continues text; an instruction-tuned model follows instructions like an assistant.",
                List.of(
                        new Criterion("base", "A base model continues the text it is given", 2,
                                List.of("continues the text"), List.of(), 0, List.of(), "base"),
                        new Criterion("tuned", "A tuned model follows instructions like an assistant", 2,
                                List.of("behaves like an assistant", "follows instructions"), List.of(), 0, List.of(),
                                "instruct")),
                List.of(), Map.of(), List.of(new Entity("base", List.of("base model")),
                        new Entity("instruct", List.of("instruction-tuned", "tuned version"))));
        // "tuned" is tagged as a verb, but here it is part of the subject's name, so "it" stands for that subject
        GradeReport report = ENGINE.grade(tuned, "The base model only continues the text. The tuned version got "
                + "extra lessons on requests and replies, so it behaves like an assistant.");
        assertEquals(4, report.score(), report.criteria() + " " + report.misconceptions());
    }

    private static double points(GradeReport report, String criterion) {
        return report.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().orElseThrow().points();
    }
}
