package org.assay.engine.semantic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Sentence;
import org.assay.engine.text.Token;

/**
 * An answer's sentences and pairs of neighbouring sentences, embedded once and compared with rubric sentences.
 * Immutable.
 */
public final class SemanticAnswer {

    /** Share of negated content words from which a unit, or a rubric sentence, counts as negated. */
    public static final double NEGATED_SHARE = 0.3;
    /** A unit with at least this share of its content words negated denies rather than asserts. */
    private static final double MOSTLY = 0.5;

    private final AnalyzedText text;
    private final List<AnswerUnit> units;

    private SemanticAnswer(AnalyzedText text, List<AnswerUnit> units) {
        this.text = text;
        this.units = List.copyOf(units);
    }

    /**
     * Embeds the sentences of an answer. A pair of neighbouring sentences gets the mean of their vectors weighted by
     * length, which is what the model's mean pooling gives for the pair less the attention between the two sentences;
     * embedding each pair again would cost twice the time of the sentences for little difference.
     *
     * @param text the analysed answer
     * @param embedder the sentence embedder
     * @param maxUnits most units kept; later sentences are left out so time stays bounded
     */
    public static SemanticAnswer embed(AnalyzedText text, SentenceEmbedder embedder, int maxUnits) {
        List<AnswerUnit> units = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        AnswerUnit previous = null;
        for (int i = 0; i < sentences.size() && units.size() < maxUnits; i++) {
            Sentence s = sentences.get(i);
            AnswerUnit unit = new AnswerUnit(s.firstToken(), s.endToken(), s.start(), s.end(),
                    embedder.embed(text.slice(s.start(), s.end())));
            if (previous != null && units.size() + 1 < maxUnits) {
                units.add(pair(previous, unit));
            }
            units.add(unit);
            previous = unit;
        }
        return new SemanticAnswer(text, units);
    }

    private static AnswerUnit pair(AnswerUnit first, AnswerUnit second) {
        int a = first.endToken() - first.firstToken();
        int b = second.endToken() - second.firstToken();
        float[] mean = new float[first.vector().length];
        for (int k = 0; k < mean.length; k++) {
            mean[k] = a * first.vector()[k] + b * second.vector()[k];
        }
        return new AnswerUnit(first.firstToken(), second.endToken(), first.start(), second.end(), Vectors.unit(mean));
    }

    /** The units: each sentence, and each pair of neighbouring sentences before the second of them. */
    public List<AnswerUnit> units() {
        return units;
    }

    /**
     * The unit most similar to any of the rubric sentences, skipping units that negate what the sentence asserts
     * (or assert what it negates) and units the caller excludes.
     */
    public Optional<SemanticMatch> best(List<Exemplar> exemplars, IntPredicate excludedUnit) {
        SemanticMatch best = null;
        for (int u = 0; u < units.size(); u++) {
            if (excludedUnit.test(u)) {
                continue;
            }
            AnswerUnit unit = units.get(u);
            for (Exemplar e : exemplars) {
                double similarity = Vectors.cosine(unit.vector(), e.vector());
                if ((best == null || similarity > best.similarity()) && samePolarity(unit, e)) {
                    best = new SemanticMatch(unit, e, similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The highest similarity of any unit to any of the texts, whatever their polarity; 0 when there is none. */
    public double maxSimilarity(List<Exemplar> exemplars) {
        double best = 0;
        for (AnswerUnit unit : units) {
            for (Exemplar e : exemplars) {
                best = Math.max(best, Vectors.cosine(unit.vector(), e.vector()));
            }
        }
        return best;
    }

    /** Index of a unit in {@link #units()}. */
    public int indexOf(AnswerUnit unit) {
        return units.indexOf(unit);
    }

    /**
     * False when the unit denies a word the rubric sentence asserts, or asserts one it denies, or is mostly negated
     * while the sentence is not; with no word in common, false when one is largely negated and the other is not.
     */
    private boolean samePolarity(AnswerUnit unit, Exemplar exemplar) {
        Set<String> asserted = new HashSet<>();
        Set<String> denied = new HashSet<>();
        int negated = 0;
        int content = 0;
        for (int i = unit.firstToken(); i < unit.endToken(); i++) {
            Token t = text.tokens().get(i);
            if (t.isContent()) {
                content++;
                negated += t.negated() ? 1 : 0;
                (t.negated() ? denied : asserted).add(t.lemma());
            }
        }
        boolean shared = false;
        for (String lemma : denied) {
            if (exemplar.lemmas().contains(lemma) && !asserted.contains(lemma)) {
                return false;
            }
            shared |= exemplar.negatedLemmas().contains(lemma);
        }
        for (String lemma : asserted) {
            if (exemplar.negatedLemmas().contains(lemma) && !denied.contains(lemma)) {
                return false;
            }
            shared |= exemplar.lemmas().contains(lemma);
        }
        if (content > 0 && negated >= MOSTLY * content && !exemplar.negative()) {
            return false;
        }
        return shared || (content > 0 && negated >= NEGATED_SHARE * content) == exemplar.negative();
    }
}
