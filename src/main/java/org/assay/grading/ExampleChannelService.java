package org.assay.grading;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.assay.engine.examples.ExampleSettings;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.GradeReport;
import org.assay.rubric.ChannelAgreement;
import org.assay.rubric.ChannelCoverage;
import org.assay.rubric.ExampleChannel;
import org.assay.rubric.ExamplesView.Agreement;
import org.assay.rubric.QuestionBank;
import org.assay.rubric.QuestionRubric;

/** The examples channel for the rubric editor, its try-it panel and the examples page. */
@ApplicationScoped
public class ExampleChannelService implements ExampleChannel {

    private final GradingExamples examples;

    public ExampleChannelService(GradingExamples examples) {
        this.examples = examples;
    }

    @Override
    public GradeReport grade(QuestionRubric question, Rubric rubric, String answer) {
        return examples.gradeUnsaved(bank(question).id, question.qid(), rubric, answer);
    }

    @Override
    public ChannelAgreement agreement(QuestionRubric question) {
        var bank = bank(question);
        var rows = examples.leaveOneOut(bank.id, question.qid());
        double[] human = rows.stream().mapToDouble(GradingExamples.LeftOut::human).toArray();
        double[] rubric = rows.stream().mapToDouble(GradingExamples.LeftOut::rubric).toArray();
        double[] with = rows.stream().mapToDouble(GradingExamples.LeftOut::withExamples).toArray();
        int moved = (int) rows.stream().filter(r -> Math.abs(r.withExamples() - r.rubric()) > 1e-9).count();
        return new ChannelAgreement(bank.on(), Agreement.of(human, rubric), Agreement.of(human, with), moved);
    }

    @Override
    public ChannelCoverage coverage(QuestionRubric question) {
        var bank = bank(question);
        return new ChannelCoverage(bank.on(), bank.overrides(), examples.count(question.questionId()),
                ExampleSettings.DEFAULT.minFitted());
    }

    private record Bank(long id, boolean on, boolean overrides) {
    }

    private static Bank bank(QuestionRubric question) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionBank.findByKey(question.bankKey())
                .map(b -> new Bank(b.id, b.examplesAsEvidence, b.overridesAsExamples)).orElseThrow());
    }
}
