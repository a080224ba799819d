package org.assay.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.assay.engine.match.AnswerIndex;
import org.assay.engine.match.KeywordListCheck;
import org.assay.engine.match.Pattern;
import org.assay.engine.match.PatternMatch;
import org.assay.engine.match.PatternMatcher;
import org.assay.engine.semantic.AnswerUnit;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.semantic.SemanticMatch;
import org.assay.engine.semantic.Vectors;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.LanguageIdentifier.DetectedLanguage;
import org.assay.engine.text.Token;

/**
 * Scores one analysed answer against a compiled rubric: misconceptions first (the clause or sentence stating one
 * cannot also earn credit),
 * then each criterion by expressions, keywords and similarity, then flags, caps and confidence. Stateless and
 * thread-safe; the same inputs always give the same report.
 */
public final class AnswerGrader {

    private final ScoringPolicy policy;
    private final PatternMatcher matcher = new PatternMatcher();
    private final KeywordListCheck listCheck = new KeywordListCheck();

    public AnswerGrader(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * Grades one answer.
     *
     * @param rubric the compiled rubric
     * @param answer the indexed answer
     * @param semantic the answer's embedded sentences, empty when the semantic channel is off
     * @param engineVersion recorded in the report
     */
    public GradeReport grade(CompiledRubric rubric, AnswerIndex answer, Optional<SemanticAnswer> semantic,
            String engineVersion) {
        return grade(rubric, answer, semantic, Optional.empty(), engineVersion);
    }

    /**
     * Grades one answer whose language was checked.
     *
     * @param otherLanguage the answer's language when it is clearly not the rubric's; empty otherwise
     */
    public GradeReport grade(CompiledRubric rubric, AnswerIndex answer, Optional<SemanticAnswer> semantic,
            Optional<DetectedLanguage> otherLanguage, String engineVersion) {
        Claims claims = new Claims(answer, semantic, rubric);
        MisconceptionResult[] found = new MisconceptionResult[rubric.misconceptions().size()];
        findLexicalMisconceptions(rubric, claims, found);
        List<CriterionOutcome> outcomes = scoreCriteria(rubric, answer, semantic, claims);
        if (findSemanticMisconceptions(rubric, claims, outcomes, found)) {
            outcomes = scoreCriteria(rubric, answer, semantic, claims);
        }
        List<MisconceptionResult> misconceptions = new ArrayList<>(
                Arrays.stream(found).filter(Objects::nonNull).toList());
        for (CriterionOutcome o : outcomes) {
            o.swap().ifPresent(swap -> misconceptions.add(swapped(rubric, o, swap)));
        }
        return new ReportAssembler(policy, listCheck, rubric, answer.text(), semantic, otherLanguage)
                .assemble(outcomes, misconceptions, engineVersion);
    }

    private List<CriterionOutcome> scoreCriteria(CompiledRubric rubric, AnswerIndex answer,
            Optional<SemanticAnswer> semantic, Claims claims) {
        CriterionScorer scorer = new CriterionScorer(policy, matcher, answer, semantic, claims);
        return rubric.criteria().stream().map(scorer::score).toList();
    }

    /** Prefix of the id of a misconception that says a bound criterion's claim of the wrong entity. */
    public static final String SWAPPED = "swapped:";

    /**
     * A bound criterion's claim said of another entity: a wrong claim that costs the criterion's points, in the
     * report's misconceptions as {@code swapped:<criterion id>}.
     */
    private static MisconceptionResult swapped(CompiledRubric rubric, CriterionOutcome o,
            CriterionOutcome.Swap swap) {
        var criterion = rubric.rubric().criteria().stream().filter(c -> c.id().equals(o.result().id())).findFirst()
                .orElseThrow();
        String label = "Says of " + name(rubric, swap.saidOf()) + " what holds for " + name(rubric, criterion.about())
                + ": " + criterion.label();
        return new MisconceptionResult(SWAPPED + criterion.id(), label, criterion.points(), List.of(swap.evidence()));
    }

    /** The name an entity is first given in the rubric, as people write it. */
    static String name(CompiledRubric rubric, String entityId) {
        return rubric.rubric().entities().stream().filter(e -> e.id().equals(entityId)).findFirst()
                .map(e -> e.names().get(0)).orElse(entityId);
    }

    private void findLexicalMisconceptions(CompiledRubric rubric, Claims claims, MisconceptionResult[] found) {
        for (int i = 0; i < found.length; i++) {
            CompiledMisconception m = rubric.misconceptions().get(i);
            // a claim bound to one entity is wrong only when said of that one
            BitSet elsewhere = claims.subjects.elsewhere(claims.entity(m.misconception().about()));
            Optional<PatternMatch> lexical = bestPositive(m.expressions(), claims.answer, elsewhere);
            if (lexical.isPresent()) {
                claims.block(lexical.get());
                found[i] = result(m, Evidences.of(claims.answer.text(), lexical.get()));
            }
        }
    }

    /**
     * Misconceptions found only by similarity, in sentences where no criterion found its words: similarity cannot tell
     * "grows linearly" from "doesn't grow linearly", so lexical evidence for a criterion wins.
     *
     * @return true when one was found (its sentences then earn nothing and the criteria must be scored again)
     */
    private boolean findSemanticMisconceptions(CompiledRubric rubric, Claims claims, List<CriterionOutcome> outcomes,
            MisconceptionResult[] found) {
        if (claims.semantic.isEmpty()) {
            return false;
        }
        List<AnswerUnit> units = claims.semantic.get().units();
        BitSet credited = new BitSet(units.size());
        for (int u = 0; u < units.size(); u++) {
            credited.set(u, hasLexicalCredit(units.get(u), outcomes));
        }
        boolean any = false;
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                continue;
            }
            CompiledMisconception m = rubric.misconceptions().get(i);
            Optional<SemanticMatch> match = semanticMisconception(rubric, m, claims, credited);
            if (match.isPresent()) {
                claims.block(match.get().unit());
                found[i] = result(m, Evidences.of(claims.answer.text(), match.get()));
                any = true;
            }
        }
        return any;
    }

    private static boolean hasLexicalCredit(AnswerUnit unit, List<CriterionOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.result().evidence().stream()).anyMatch(e -> !e.negated()
                && e.kind() != MatchKind.SEMANTIC && e.start() >= unit.start() && e.end() <= unit.end());
    }

    private Optional<PatternMatch> bestPositive(List<Pattern> patterns, AnswerIndex answer, BitSet blocked) {
        PatternMatch best = null;
        for (Pattern p : patterns) {
            Optional<PatternMatch> m = matcher.find(p, answer, blocked);
            if (m.isPresent() && !m.get().negated() && (best == null || m.get().strength() > best.strength())) {
                best = m.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A sentence much like the claim, closer to it than to anything the rubric rewards, among the sentences where no
     * criterion found its words; only for a claim whose expressions are few, so that similarity stands in for wording
     * the rubric does not list rather than second-guessing wording it does.
     */
    private Optional<SemanticMatch> semanticMisconception(CompiledRubric rubric, CompiledMisconception m,
            Claims claims, BitSet credited) {
        if (m.exemplars().isEmpty() || wordOrderOnly(m)
                || m.expressions().size() >= ScoringPolicy.SPELLED_OUT_EXPRESSIONS) {
            return Optional.empty();
        }
        SemanticAnswer semantic = claims.semantic.orElseThrow();
        int entity = claims.entity(m.misconception().about());
        Optional<SemanticMatch> best = semantic.best(m.exemplars(), u -> credited.get(u) || claims.isBlocked(u)
                || claims.subjects.onlyOfOthers(semantic.units().get(u).firstToken(),
                        semantic.units().get(u).endToken(), entity));
        if (best.isEmpty() || best.get().similarity() < policy.misconceptionSimilarity()) {
            return Optional.empty();
        }
        AnswerUnit unit = best.get().unit();
        for (CompiledCriterion c : rubric.criteria()) {
            for (var e : c.exemplars()) {
                if (Vectors.cosine(semantic.vector(unit), e.vector()) + policy.misconceptionMargin()
                        > best.get().similarity()) {
                    return Optional.empty();
                }
            }
        }
        return best;
    }

    /** A claim written only as quoted expressions turns on word order, which similarity cannot see. */
    private static boolean wordOrderOnly(CompiledMisconception m) {
        return !m.expressions().isEmpty() && m.expressions().stream().allMatch(Pattern::ordered);
    }

    private static MisconceptionResult result(CompiledMisconception m, Evidence evidence) {
        return new MisconceptionResult(m.misconception().id(), m.misconception().label(), m.misconception().penalty(),
                List.of(evidence));
    }

    /** Tokens and answer units already claimed by a misconception: they cannot earn credit too. */
    static final class Claims {
        final AnswerIndex answer;
        final Optional<SemanticAnswer> semantic;
        final BitSet tokens = new BitSet();
        /** Which entity each clause speaks of. */
        final ClaimSubjects subjects;
        private final CompiledRubric rubric;

        Claims(AnswerIndex answer, Optional<SemanticAnswer> semantic, CompiledRubric rubric) {
            this.answer = answer;
            this.semantic = semantic;
            this.rubric = rubric;
            this.subjects = ClaimSubjects.of(answer.text(), rubric.entities());
        }

        /** Index of the entity a criterion or misconception is bound to, -1 when none. */
        int entity(String about) {
            return rubric.entityIndex(about);
        }

        String entityId(int index) {
            return rubric.entities().get(index).id();
        }

        /** The whole clause that states the wrong claim. */
        void block(PatternMatch match) {
            List<Token> all = answer.text().tokens();
            for (var h : match.hits()) {
                int clause = all.get(h.first()).clause();
                int from = h.first();
                while (from > 0 && all.get(from - 1).clause() == clause) {
                    from--;
                }
                int to = h.last() + 1;
                while (to < all.size() && all.get(to).clause() == clause) {
                    to++;
                }
                tokens.set(from, to);
            }
        }

        void block(AnswerUnit unit) {
            tokens.set(unit.firstToken(), unit.endToken());
        }

        boolean isBlocked(int unitIndex) {
            AnswerUnit unit = semantic.orElseThrow().units().get(unitIndex);
            int next = tokens.nextSetBit(unit.firstToken());
            return next >= 0 && next < unit.endToken();
        }

        boolean isBlockedToken(Token t) {
            return tokens.get(t.index());
        }

        AnalyzedText text() {
            return answer.text();
        }
    }
}
