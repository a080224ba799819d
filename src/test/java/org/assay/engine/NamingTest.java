package org.assay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.CriterionStatus;
import org.assay.engine.score.GradeReport;
import org.assay.engine.score.ScoringPolicy;

class NamingTest {

    private static final GradingEngine LEXICAL = EngineFixtures.engine(new EngineOptions(true, true, false));

    private static final Rubric RLHF = new Rubric("t03", "Reinforcement from feedback",
            "How is the policy optimised in RLHF?", 4,
            "The policy is trained with reinforcement learning, usually PPO, to maximise the reward model's score "
                    + "while a KL penalty keeps it close to the supervised model.",
            List.of(new Criterion("optimise", "The policy is trained by reinforcement learning against the reward "
                    + "model's score", 4, List.of("maximise the reward", "reinforcement learning against the reward"),
                    List.of(), 0, List.of(), List.of("ppo", "proximal policy optimization"))),
            List.of(), java.util.Map.of());

    @Test
    void namingTheMethodEarnsPartOfThePointsAndExplainingItEarnsAll() {
        GradeReport named = LEXICAL.grade(RLHF, "In RLHF the policy is then optimised with PPO.");
        GradeReport explained = LEXICAL.grade(RLHF, "The policy is tuned with PPO to maximise the reward that the "
                + "reward model gives its answers.");

        assertThat(named.score()).isEqualTo(ScoringPolicy.DEFAULT.namingShare() * 4);
        assertThat(named.criteria().get(0).status()).isEqualTo(CriterionStatus.PARTIAL);
        assertThat(named.criteria().get(0).evidence()).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("PPO"));
        assertThat(explained.score()).isEqualTo(4.0);
    }

    @Test
    void aNegatedNameEarnsNothing() {
        assertThat(LEXICAL.grade(RLHF, "The policy is not trained with PPO here, it is copied.").score()).isZero();
    }

    @Test
    void aBankQuestionGivesANamedMethodLessThanAnExplainedOne() {
        Rubric q08 = new org.assay.engine.rubric.BankLoader().load(java.nio.file.Path.of("rubrics/genai-interview"))
                .rubric("q08").orElseThrow();
        GradeReport named = LEXICAL.grade(q08, "Then they run PPO.");
        GradeReport explained = LEXICAL.grade(q08, "Then the model is fine-tuned with reinforcement learning (PPO) "
                + "to maximise the reward model's score.");

        double namedPoints = named.criteria().stream().filter(c -> c.id().equals("rl_optimisation")).findFirst()
                .orElseThrow().points();
        double explainedPoints = explained.criteria().stream().filter(c -> c.id().equals("rl_optimisation"))
                .findFirst().orElseThrow().points();
        assertThat(namedPoints).isPositive().isLessThan(explainedPoints);
    }
}
