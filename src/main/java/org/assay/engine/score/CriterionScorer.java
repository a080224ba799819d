package org.assay.engine.score;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.assay.engine.match.AnswerIndex;
import org.assay.engine.match.Pattern;
import org.assay.engine.match.PatternMatch;
import org.assay.engine.match.PatternMatcher;
import org.assay.engine.match.Phrase;
import org.assay.engine.match.Slot;
import org.assay.engine.match.Term;
import org.assay.engine.semantic.AnswerUnit;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.semantic.SemanticMatch;
import org.assay.engine.text.Denials;
import org.assay.engine.text.Token;

/** Scores one criterion of one answer. One instance per answer; not thread-safe. */
final class CriterionScorer {

    private static final double NEAR_MISS = 0.1;
    private static final double MIN_SEMANTIC_RANGE = 0.2;

    private final ScoringPolicy policy;
    private final PatternMatcher matcher;
    private final AnswerIndex answer;
    private final Optional<SemanticAnswer> semantic;
    private final AnswerGrader.Claims claims;

    CriterionScorer(ScoringPolicy policy, PatternMatcher matcher, AnswerIndex answer,
            Optional<SemanticAnswer> semantic, AnswerGrader.Claims claims) {
        this.policy = policy;
        this.matcher = matcher;
        this.answer = answer;
        this.semantic = semantic;
        this.claims = claims;
    }

    CriterionOutcome score(CompiledCriterion c) {
        List<Evidence> negated = new ArrayList<>();
        List<PatternMatch> found = new ArrayList<>();
        BitSet words = criterionWords(c);
        int entity = claims.entity(c.criterion().about());
        // a bound criterion is not earned by what the answer says of another entity
        BitSet blocked = (BitSet) claims.tokens.clone();
        blocked.or(claims.subjects.elsewhere(entity));
        PatternMatch expression = strongest(c.expressions(), words, blocked, negated, found);
        double expressionStrength = expression == null ? 0 : expression.strength();
        // A phrase that only names the concept earns its share; the best of naming and explaining counts.
        PatternMatch name = strongest(c.naming(), words, blocked, negated, found);
        boolean naming = name != null && name.strength() * policy.namingShare() > expressionStrength;
        if (naming) {
            expression = name;
            expressionStrength = name.strength() * policy.namingShare();
        }
        List<Evidence> keywordEvidence = new ArrayList<>();
        double keywordSum = 0;
        for (Pattern p : c.keywords()) {
            Optional<PatternMatch> m = find(p, words, blocked);
            if (m.isPresent()) {
                (m.get().negated() ? negated : keywordEvidence).add(Evidences.of(answer.text(), m.get()));
                keywordSum += m.get().negated() ? 0 : m.get().strength();
                if (!m.get().negated()) {
                    found.add(m.get());
                }
            }
        }
        // Similarity cannot beat an expression found in full, so the sentences need no embedding for it.
        Optional<SemanticMatch> similar = expressionStrength >= 1 ? Optional.empty()
                : semantic.flatMap(s -> s.best(c.exemplars(),
                        u -> claims.isBlocked(u) || holds(s.units().get(u), negated)
                                || claims.subjects.onlyOfOthers(s.units().get(u).firstToken(),
                                        s.units().get(u).endToken(), entity)));
        double keywordStrength = keywordStrength(c, keywordEvidence.size(), keywordSum);
        double semanticStrength = similar.map(m -> semanticStrength(m, found)).orElse(0.0);
        boolean nearMiss = similar.isPresent() && semanticStrength == 0
                && similar.get().similarity() >= policy.semanticLow() - NEAR_MISS;
        boolean negatedOnly = !negated.isEmpty() && expression == null
                && keywordEvidence.size() < Math.max(1, c.criterion().minKeywords());

        List<Evidence> evidence = new ArrayList<>();
        CriterionOutcome.Source source;
        double strength;
        if (expression != null && expressionStrength >= Math.max(keywordStrength, semanticStrength)) {
            source = naming ? CriterionOutcome.Source.NAMING : CriterionOutcome.Source.EXPRESSION;
            strength = expressionStrength;
            evidence.add(Evidences.of(answer.text(), expression));
        } else if (keywordStrength > 0 && keywordStrength >= semanticStrength) {
            source = CriterionOutcome.Source.KEYWORDS;
            strength = keywordStrength;
            evidence.addAll(keywordEvidence);
        } else if (semanticStrength > 0) {
            source = CriterionOutcome.Source.SEMANTIC;
            strength = semanticStrength;
            evidence.add(Evidences.of(answer.text(), similar.get()));
        } else {
            source = CriterionOutcome.Source.NONE;
            strength = 0;
        }
        if (source != CriterionOutcome.Source.EXPRESSION && source != CriterionOutcome.Source.NAMING) {
            evidence.addAll(negated);
        }
        Optional<CriterionOutcome.Swap> swap = expression == null ? swap(c, entity, words) : Optional.empty();
        double lexical = Math.max(expressionStrength, keywordStrength);
        double similarity = similar.isPresent() || semantic.isPresent() && expressionStrength < 1 ? semanticStrength
                : Double.NaN;
        if (swap.isPresent()) {
            return new CriterionOutcome(result(c, 0, List.of()), CriterionOutcome.Source.NONE, 0, false, false, swap,
                    0, similarity);
        }
        return new CriterionOutcome(result(c, strength, evidence), source, strength, negatedOnly, nearMiss,
                Optional.empty(), lexical, similarity);
    }

    /**
     * The criterion's claim said only of another entity: an expression of two or more words (a claim, not just a
     * name such as "PPO") found, not under a negation, in a clause that speaks of other entities and not of this one.
     */
    private Optional<CriterionOutcome.Swap> swap(CompiledCriterion c, int entity, BitSet words) {
        if (entity < 0) {
            return Optional.empty();
        }
        BitSet elsewhere = claims.subjects.elsewhere(entity);
        for (Pattern p : c.expressions()) {
            if (p.slots().size() < 2) {
                continue;
            }
            Optional<PatternMatch> m = find(p, words, claims.tokens);
            if (m.isPresent() && !m.get().negated() && elsewhere.get(m.get().first())
                    && claims.subjects.saidOfSubject(m.get().first(), m.get().last())) {
                String saidOf = claims.subjects.entityAt(m.get().first()) < 0 ? ""
                        : claims.entityId(claims.subjects.entityAt(m.get().first()));
                return Optional.of(new CriterionOutcome.Swap(Evidences.of(answer.text(), m.get()), saidOf));
            }
        }
        return Optional.empty();
    }

    /** The strongest positive match of the patterns; negated matches go to negated, positive ones to found. */
    private PatternMatch strongest(List<Pattern> patterns, BitSet words, BitSet blocked, List<Evidence> negated,
            List<PatternMatch> found) {
        PatternMatch best = null;
        for (Pattern p : patterns) {
            Optional<PatternMatch> m = find(p, words, blocked);
            if (m.isPresent() && m.get().negated()) {
                negated.add(Evidences.of(answer.text(), m.get()));
            } else if (m.isPresent()) {
                found.add(m.get());
                best = best == null || m.get().strength() > best.strength() ? m.get() : best;
            }
        }
        return best;
    }

    /** The best match, counted as negated when the answer denies the criterion about it. */
    private Optional<PatternMatch> find(Pattern p, BitSet criterionWords, BitSet blocked) {
        Optional<PatternMatch> m = matcher.find(p, answer, blocked);
        if (m.isPresent() && !m.get().negated() && !p.negative() && subjectOfDenial(m.get(), criterionWords)) {
            PatternMatch d = m.get();
            return Optional.of(new PatternMatch(d.pattern(), d.hits(), d.first(), d.last(), d.kind(), d.strength(),
                    true));
        }
        return m;
    }

    /**
     * "Context windows aren't limited by tokens": the match is the subject of a negated verb whose scope holds other
     * words of the same criterion, so the answer denies what the criterion says about it; or the answer says the
     * subject is of no use ("retrieval cannot help", "has nothing to do with it").
     */
    private boolean subjectOfDenial(PatternMatch m, BitSet criterionWords) {
        List<Token> tokens = answer.text().tokens();
        int scope = Denials.standard().denialAfterSubject(tokens, m.last());
        if (scope >= 0 && Denials.standard().deniesUse(tokens, scope)) {
            return true;
        }
        for (int j = scope; j >= 0 && j < tokens.size() && tokens.get(j).negated(); j++) {
            if (criterionWords.get(j)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens where any word of the criterion's expressions or keywords was found. */
    private BitSet criterionWords(CompiledCriterion c) {
        BitSet words = new BitSet();
        forEachTerm(c, term -> answer.hits(term).forEach(h -> words.set(h.first(), h.last() + 1)));
        return words;
    }

    private static void forEachTerm(CompiledCriterion c, Consumer<Term> action) {
        for (List<Pattern> patterns : List.of(c.expressions(), c.naming(), c.keywords())) {
            for (Pattern p : patterns) {
                for (Slot slot : p.slots()) {
                    for (Phrase phrase : slot.alternatives()) {
                        phrase.words().forEach(action);
                    }
                }
            }
        }
    }

    private CriterionResult result(CompiledCriterion c, double strength, List<Evidence> evidence) {
        double points = Scores.round(c.criterion().points() * strength);
        CriterionStatus status = strength >= policy.metStrength() ? CriterionStatus.MET
                : points > 0 ? CriterionStatus.PARTIAL : CriterionStatus.MISSING;
        return new CriterionResult(c.criterion().id(), c.criterion().label(), points, c.criterion().points(), status,
                evidence);
    }

    /** Partial credit rising from {@code keywordMin} at min_keywords found to {@code keywordMax} at all found. */
    private double keywordStrength(CompiledCriterion c, int found, double strengthSum) {
        int total = c.keywords().size();
        int min = Math.max(1, c.criterion().minKeywords());
        if (total == 0 || found < min) {
            return 0;
        }
        double share = (found - min + 1.0) / (total - min + 1.0);
        return (policy.keywordMin() + (policy.keywordMax() - policy.keywordMin()) * share) * strengthSum / found;
    }

    /** A sentence that denies the criterion's words cannot earn it by similarity: similarity misses the denial. */
    private static boolean holds(AnswerUnit unit, List<Evidence> evidence) {
        return evidence.stream().anyMatch(e -> e.start() >= unit.start() && e.end() <= unit.end());
    }

    /**
     * Linear between the low and high similarity, capped below full unless one of the criterion's expressions or
     * keywords was found in the same sentences. Credit starts only above what the question itself scores against the
     * rubric sentence, so restating the question earns nothing.
     */
    private double semanticStrength(SemanticMatch match, List<PatternMatch> lexical) {
        double low = Math.max(policy.semanticLow(), match.exemplar().baseline());
        double high = Math.max(policy.semanticHigh(), low + MIN_SEMANTIC_RANGE);
        double base = (match.similarity() - low) / (high - low);
        base = Math.max(0, Math.min(1, base));
        AnswerUnit unit = match.unit();
        boolean supported = lexical.stream().anyMatch(m -> m.first() >= unit.firstToken()
                && m.last() < unit.endToken());
        return base * (supported ? 1.0 : policy.semanticCap());
    }
}
