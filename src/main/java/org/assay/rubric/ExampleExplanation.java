package org.assay.rubric;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.score.ExampleNeighbour;
import org.assay.engine.score.GradeReport;
import org.assay.web.Numbers;

/**
 * Which scored examples moved a grade, by how much and why, as the transcript, its JSON and the try-it panel show
 * it. The rubric's score stays apart from the final one.
 *
 * @param rubricScore the rubric's score alone
 * @param finalScore the score after the examples moved it
 * @param shift final less rubric
 * @param examples how many examples of the question were compared
 * @param explanation the whole move in a sentence, such as "close to example 7 (scored 1/5: misconception)"
 * @param neighbours the examples that moved it, closest first
 */
public record ExampleExplanation(double rubricScore, double finalScore, double max, double shift, int examples,
        String explanation, List<Neighbour> neighbours) {

    private static final Pattern OVERRIDE_ID = Pattern.compile("override of answer (\\d+)");

    /**
     * One example that moved the grade.
     *
     * @param name how pages name it: "example 7", or "override of answer 12"
     * @param link where a reviewer opens it: its row on the examples page, or the overridden answer; empty if none
     * @param note why it got its score, as written with it (its kind, or the reviewer's reason)
     * @param met labels of the criteria it met in full
     * @param missed labels of the criteria it earned nothing for
     * @param misconceptions labels of the misconceptions it made
     * @param explanation the example in a sentence: its score, note, criteria and how far it moved the score
     */
    public record Neighbour(String id, String name, String link, String source, double score, double max,
            String note, double similarity, double shift, List<String> met, List<String> missed,
            List<String> misconceptions, String explanation) {

        public String scoreText() {
            return Numbers.points(score) + "/" + Numbers.exact(max);
        }

        public String shiftText() {
            return Numbers.signedPoints(shift);
        }

        public String similarityText() {
            return Numbers.percent(similarity);
        }
    }

    public String rubricText() {
        return Numbers.points(rubricScore);
    }

    public String finalText() {
        return Numbers.points(finalScore);
    }

    public String maxText() {
        return Numbers.exact(max);
    }

    public String shiftText() {
        return Numbers.signedPoints(shift);
    }

    /**
     * The explanation of a report the examples took part in; empty when they did not (the bank does not use them,
     * the question has none, or they were scored under another rubric version).
     *
     * @param rubric the rubric the report was graded with, for the labels of criteria and misconceptions
     */
    public static Optional<ExampleExplanation> of(GradeReport report, Rubric rubric, String bankKey, String qid) {
        var evidence = report.examples();
        if (evidence == null) {
            return Optional.empty();
        }
        var criteria = labels(rubric == null ? List.<Criterion>of() : rubric.criteria(), Criterion::id,
                Criterion::label);
        var misconceptions = labels(rubric == null ? List.<Misconception>of() : rubric.misconceptions(),
                Misconception::id, Misconception::label);
        var lines = evidence.neighbours().stream().map(n -> neighbour(n, criteria, misconceptions, bankKey, qid))
                .toList();
        String text = lines.isEmpty()
                ? "No scored example is close enough to change the score: the rubric's " + Numbers.points(
                        report.rubricScore()) + " stands."
                : "Moved from the rubric's " + Numbers.points(report.rubricScore()) + " to "
                        + Numbers.points(report.score()) + ": " + lines.stream().map(Neighbour::explanation)
                                .collect(Collectors.joining("; ")) + ".";
        return Optional.of(new ExampleExplanation(report.rubricScore(), report.score(), report.max(),
                report.score() - report.rubricScore(), evidence.examples(), text, lines));
    }

    private static Neighbour neighbour(ExampleNeighbour n, Map<String, String> criteria,
            Map<String, String> misconceptions, String bankKey, String qid) {
        var override = OVERRIDE_ID.matcher(n.id());
        boolean numbered = n.id().chars().allMatch(Character::isDigit) && !n.id().isEmpty();
        String name = numbered ? "example " + n.id() : n.id();
        String link = override.matches() ? "/review/answers/" + override.group(1)
                : numbered ? "/admin/banks/" + bankKey + "/questions/" + qid + "/examples#example-" + n.id() : "";
        var met = named(n.met(), criteria);
        var missed = named(n.missed(), criteria);
        var made = named(n.misconceptions(), misconceptions);
        var text = new StringBuilder("close to ").append(name).append(" (scored ")
                .append(Numbers.points(n.score())).append('/').append(Numbers.exact(n.max()));
        if (!n.note().isBlank()) {
            text.append(": ").append(n.note());
        }
        text.append(')');
        if (!met.isEmpty()) {
            text.append(", which met ").append(String.join(", ", met));
        }
        if (!missed.isEmpty()) {
            text.append(met.isEmpty() ? ", which" : " and").append(" missed ").append(String.join(", ", missed));
        }
        if (!made.isEmpty()) {
            text.append(" and stated ").append(String.join(", ", made));
        }
        text.append(", ").append(Numbers.signedPoints(n.shift())).append(" points");
        return new Neighbour(n.id(), name, link, n.source(), n.score(), n.max(), n.note(), n.similarity(), n.shift(),
                met, missed, made, text.toString());
    }

    private static <T> Map<String, String> labels(List<T> items, Function<T, String> id, Function<T, String> label) {
        return items.stream().collect(Collectors.toMap(id, label, (a, b) -> a));
    }

    private static List<String> named(List<String> ids, Map<String, String> labels) {
        return ids.stream().map(id -> "“" + labels.getOrDefault(id, id) + "”").toList();
    }
}
