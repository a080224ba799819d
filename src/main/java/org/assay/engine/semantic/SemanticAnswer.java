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
 * An answer's sentences and pairs of neighbouring sentences, compared with rubric sentences by their embeddings. A
 * sentence is embedded the first time it is compared, so an answer whose every point is settled by its words costs
 * no model pass. One instance per answer; not thread-safe.
 */
public final class SemanticAnswer {

    /** Share of negated content words from which a unit, or a rubric sentence, counts as negated. */
    public static final double NEGATED_SHARE = 0.3;
    /** A unit with at least this share of its content words negated denies rather than asserts. */
    private static final double MOSTLY = 0.5;

    private final AnalyzedText text;
    private final SentenceEmbedder embedder;
    private final List<AnswerUnit> units;
    private final float[][] sentenceVectors;
    private final float[][] pairVectors;

    private SemanticAnswer(AnalyzedText text, SentenceEmbedder embedder, List<AnswerUnit> units) {
        this.text = text;
        this.embedder = embedder;
        this.units = List.copyOf(units);
        this.sentenceVectors = new float[text.sentences().size()][];
        this.pairVectors = new float[text.sentences().size()][];
    }

    /**
     * The sentences of an answer and each pair of neighbouring sentences, to be embedded when first compared. A pair's
     * vector is the mean of its sentences' vectors weighted by length, which is what the model's mean pooling gives
     * for the pair less the attention between the two sentences; embedding each pair again would cost twice the time
     * of the sentences for little difference.
     *
     * @param text the analysed answer
     * @param embedder the sentence embedder
     * @param maxUnits most units kept; later sentences are left out so time stays bounded
     */
    public static SemanticAnswer embed(AnalyzedText text, SentenceEmbedder embedder, int maxUnits) {
        List<AnswerUnit> units = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < sentences.size() && units.size() < maxUnits; i++) {
            Sentence s = sentences.get(i);
            if (i > 0 && units.size() + 1 < maxUnits) {
                Sentence p = sentences.get(i - 1);
                units.add(new AnswerUnit(p.firstToken(), s.endToken(), p.start(), s.end(), i - 1, i));
            }
            units.add(new AnswerUnit(s.firstToken(), s.endToken(), s.start(), s.end(), i, i));
        }
        return new SemanticAnswer(text, embedder, units);
    }

    /** The unit's unit-length embedding, computed on first use. */
    public float[] vector(AnswerUnit unit) {
        if (unit.firstSentence() == unit.lastSentence()) {
            return sentenceVector(unit.firstSentence());
        }
        int first = unit.firstSentence();
        if (pairVectors[first] == null) {
            float[] a = sentenceVector(first);
            float[] b = sentenceVector(unit.lastSentence());
            int wa = length(first);
            int wb = length(unit.lastSentence());
            float[] mean = new float[a.length];
            for (int k = 0; k < mean.length; k++) {
                mean[k] = wa * a[k] + wb * b[k];
            }
            pairVectors[first] = Vectors.unit(mean);
        }
        return pairVectors[first];
    }

    private float[] sentenceVector(int index) {
        if (sentenceVectors[index] == null) {
            Sentence s = text.sentences().get(index);
            sentenceVectors[index] = embedder.embed(text.slice(s.start(), s.end()));
        }
        return sentenceVectors[index];
    }

    private int length(int sentence) {
        Sentence s = text.sentences().get(sentence);
        return s.endToken() - s.firstToken();
    }

    /** The units: each sentence, and each pair of neighbouring sentences before the second of them. */
    public List<AnswerUnit> units() {
        return units;
    }

    /**
     * The unit most similar to any of the rubric sentences, skipping units that negate what the sentence asserts
     * (or assert what it negates), units that mostly state no claim of the candidate's, and units the caller
     * excludes.
     */
    public Optional<SemanticMatch> best(List<Exemplar> exemplars, IntPredicate excludedUnit) {
        SemanticMatch best = null;
        for (int u = 0; u < units.size(); u++) {
            AnswerUnit unit = units.get(u);
            if (excludedUnit.test(u) || !asserts(unit)) {
                continue;
            }
            for (Exemplar e : exemplars) {
                double similarity = Vectors.cosine(vector(unit), e.vector());
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
                best = Math.max(best, Vectors.cosine(vector(unit), e.vector()));
            }
        }
        return best;
    }

    /**
     * True when at least half the unit's content words are the candidate's own claim, not a view reported, rejected,
     * supposed or aimed at the grader.
     */
    private boolean asserts(AnswerUnit unit) {
        int content = 0;
        int asserted = 0;
        for (int i = unit.firstToken(); i < unit.endToken(); i++) {
            Token t = text.tokens().get(i);
            if (t.isContent()) {
                content++;
                asserted += t.asserted() ? 1 : 0;
            }
        }
        return content == 0 || asserted * 2 >= content;
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
