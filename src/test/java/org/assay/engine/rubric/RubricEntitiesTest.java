package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The optional entities of a rubric and the "about" field that binds a criterion or misconception to one. */
class RubricEntitiesTest {

    private static final String FILE = "q09.yaml";

    /** A valid rubric with entities; line numbers in comments. */
    private static final String VALID = """
            id: q09
            title: DPO and RLHF
            prompt: How does DPO differ from RLHF?
            points: 10
            model_answer: RLHF fits a reward model and runs PPO; DPO trains on the pairs directly.
            entities:
              dpo: [DPO, direct preference optimization]
              rlhf: [RLHF, reinforcement learning from human feedback]
            criteria:
              - id: rlhf_stages
                label: RLHF fits a reward model, then runs PPO
                points: 5
                about: rlhf
                expressions: [separate reward model]
              - id: dpo_direct
                label: DPO trains the policy directly
                points: 5
                about: dpo
                expressions: [trains the policy directly]
            misconceptions:
              - id: dpo-rl
                label: Says DPO runs reinforcement learning
                penalty: 3
                about: dpo
                expressions: [runs ppo]
            """;

    private final RubricParser parser = new RubricParser();

    @Test
    void readsEntitiesAndBindings() {
        ParseResult result = parser.parse(FILE, VALID);

        assertThat(result.problems()).isEmpty();
        Rubric rubric = result.rubric().orElseThrow();
        assertThat(rubric.entities()).containsExactly(
                new Entity("dpo", List.of("DPO", "direct preference optimization")),
                new Entity("rlhf", List.of("RLHF", "reinforcement learning from human feedback")));
        assertThat(rubric.criteria()).extracting(Criterion::about).containsExactly("rlhf", "dpo");
        assertThat(rubric.misconceptions().get(0).about()).isEqualTo("dpo");
    }

    @Test
    void aRubricWithoutEntitiesBindsNothing() {
        String plain = VALID.replaceAll("(?m)^ *about: .*\\n", "").replaceAll("(?s)entities:.*?criteria:", "criteria:");
        Rubric rubric = parser.parse(FILE, plain).rubric().orElseThrow();
        assertThat(rubric.entities()).isEmpty();
        assertThat(rubric.criteria()).extracting(Criterion::about).containsOnly("");
        assertThat(RubricWriter.toYaml(rubric)).doesNotContain("entities").doesNotContain("about");
    }

    @Test
    void writesEntitiesAndBindingsBackTheSame() {
        Rubric rubric = parser.parse(FILE, VALID).rubric().orElseThrow();
        String yaml = RubricWriter.toYaml(rubric);
        assertThat(parser.parse(FILE, yaml).rubric()).contains(rubric);
        assertThat(yaml).contains("entities:\n  dpo: [DPO, direct preference optimization]");
    }

    @Test
    void reportsAnUnknownEntityWithTheNearestDeclaredOne() {
        String typo = VALID.replace("about: dpo\n    expressions: [trains", "about: dpoo\n    expressions: [trains");

        assertThat(parser.parse(FILE, typo).problems()).containsExactly(new RubricProblem(FILE, 18,
                "criterion \"dpo_direct\": \"about\" is \"dpoo\", which is not a declared entity; did you mean "
                        + "\"dpo\"? Declared entities: dpo, rlhf"));
    }

    @Test
    void reportsABindingWhenNoEntitiesAreDeclared() {
        String none = VALID.replaceAll("(?s)entities:.*?criteria:", "criteria:");

        assertThat(parser.parse(FILE, none).problems()).extracting(RubricProblem::message).containsExactly(
                "criterion \"rlhf_stages\": \"about\" is \"rlhf\", but the rubric declares no entities; add them"
                        + " under \"entities\"",
                "criterion \"dpo_direct\": \"about\" is \"dpo\", but the rubric declares no entities; add them"
                        + " under \"entities\"",
                "misconception \"dpo-rl\": \"about\" is \"dpo\", but the rubric declares no entities; add them"
                        + " under \"entities\"");
    }

    @Test
    void reportsANameGivenToTwoEntities() {
        String twice = VALID.replace("rlhf: [RLHF,", "rlhf: [RLHF, Direct-Preference Optimization,");

        assertThat(parser.parse(FILE, twice).problems()).containsExactly(new RubricProblem(FILE, 8,
                "entities: the name \"Direct-Preference Optimization\" is given to entity \"dpo\" and to \"rlhf\"; "
                        + "each name may belong to one entity only"));
    }

    @Test
    void reportsAnEntityWithoutNamesAndAMisspeltField() {
        String bad = VALID.replace("  rlhf: [RLHF, reinforcement learning from human feedback]", "  rlhf: []")
                .replace("    about: rlhf", "    abuot: rlhf");

        assertThat(parser.parse(FILE, bad).problems()).extracting(RubricProblem::line, RubricProblem::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(8, "entities: entity \"rlhf\" has no names; list how an"
                                + " answer names it, such as \"rlhf: [rlhf]\""),
                        org.assertj.core.groups.Tuple.tuple(13, "criterion \"rlhf_stages\": unknown field \"abuot\";"
                                + " did you mean \"about\"? Allowed fields: id, label, points, expressions,"
                                + " keywords, min_keywords, exemplars"));
    }
}
