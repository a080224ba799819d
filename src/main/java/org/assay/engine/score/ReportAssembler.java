package org.assay.engine.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.assay.engine.match.KeywordListCheck;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.LanguageIdentifier.DetectedLanguage;
import org.assay.engine.text.Stance;
import org.assay.engine.text.Token;

/** Turns criterion outcomes and misconceptions into the report: total, caps, flags and confidence. */
final class ReportAssembler {

    private final ScoringPolicy policy;
    private final KeywordListCheck listCheck;
    private final CompiledRubric rubric;
    private final AnalyzedText text;
    private final Optional<SemanticAnswer> semantic;
    private final Optional<DetectedLanguage> otherLanguage;
    private final List<Flag> flags = new ArrayList<>();

    ReportAssembler(ScoringPolicy policy, KeywordListCheck listCheck, CompiledRubric rubric, AnalyzedText text,
            Optional<SemanticAnswer> semantic, Optional<DetectedLanguage> otherLanguage) {
        this.otherLanguage = otherLanguage;
        this.policy = policy;
        this.listCheck = listCheck;
        this.rubric = rubric;
        this.text = text;
        this.semantic = semantic;
    }

    GradeReport assemble(List<CriterionOutcome> outcomes, List<MisconceptionResult> misconceptions,
            String engineVersion) {
        double max = rubric.rubric().points();
        double earned = outcomes.stream().mapToDouble(o -> o.result().points()).sum();
        misconceptions = deductions(misconceptions, Math.min(max, earned), max);
        double penalties = misconceptions.stream().mapToDouble(MisconceptionResult::penalty).sum();
        double score = Math.max(0, Math.min(max, earned - penalties));
        // English structure and vocabulary say nothing about an answer in another language: a person grades it.
        boolean english = otherLanguage.isEmpty();
        otherLanguage.ifPresent(l -> flags.add(new Flag(FlagCode.OTHER_LANGUAGE, "The answer seems to be written in "
                + l.name() + ", not in English, the rubric's language; only its words that match the rubric in "
                + "English earned points, and it was not judged a keyword list or off topic.")));
        KeywordListCheck.Enumerations lists = english ? enumerations() : null;
        boolean keywordList = english && keywordList(lists, outcomes);
        int words = text.wordCount();
        if (words < policy.tooShortWords()) {
            flags.add(new Flag(FlagCode.TOO_SHORT, words == 0 ? "The answer is empty."
                    : "The answer has only " + words + (words == 1 ? " word." : " words.")));
        }
        if (keywordList) {
            score = capKeywordList(score, max);
        }
        if (english && words > 0 && outcomes.stream().noneMatch(CriterionOutcome::lexicalSource)) {
            score = offTopic(score, earned < policy.offTopicLittleShare() * max).orElse(score);
        }
        for (CriterionOutcome o : outcomes) {
            if (o.negatedOnly()) {
                flags.add(new Flag(FlagCode.NEGATED_CONCEPT, "\"" + o.result().label() + "\" appears only under a "
                        + "negation (\"" + o.negatedEvidence().get(0).text() + "\"), which earns nothing."));
            }
        }
        flagGraderText();
        double confidence = confidence(outcomes, misconceptions, keywordList);
        double rounded = Scores.round(score);
        ReviewModel reviewModel = ReviewModel.standard(semantic.isPresent());
        ReviewEstimate review = ReviewRoute.estimate(reviewModel,
                ReviewSignals.of(rounded, max, outcomes, misconceptions, flags, words,
                        words == 0 ? 0 : 1 - vocabularyOverlap(), uncredited(outcomes, misconceptions),
                        new ReviewSignals.Shape(lists == null || words == 0 ? 0 : (double) lists.itemWords() / words,
                                notAsserted(), Math.min(max, earned))));
        ReviewRoute.of(reviewModel, review, rounded, max, outcomes, confidence, policy.lowConfidence())
                .ifPresent(flags::add);
        return new GradeReport(rounded, max, outcomes.stream().map(CriterionOutcome::result).toList(),
                misconceptions, flags, confidence, engineVersion, rubric.fingerprint(), List.of(), null, review);
    }

    /** Text aimed at the grader earned nothing (its words match nothing); a person should see it. */
    private void flagGraderText() {
        List<Evidence> spans = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).stance() != Stance.GRADER) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last + 1).stance() == Stance.GRADER) {
                last++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(last).end();
            spans.add(new Evidence(start, end, text.slice(start, end), "", MatchKind.EXACT, false));
            i = last;
        }
        if (!spans.isEmpty()) {
            flags.add(new Flag(FlagCode.ADDRESSES_GRADER, "The answer speaks to the grader (\"" + spans.get(0).text()
                    + "\"); those words earn nothing.", spans));
        }
    }

    /**
     * What each misconception actually deducts: its penalty, and more when needed to leave no more than the points
     * minus {@code misconceptionReach} times the penalty. Graders give an answer built on a wrong claim little,
     * however much else it gets right; the penalty says how serious the claim is.
     */
    private List<MisconceptionResult> deductions(List<MisconceptionResult> found, double earned, double max) {
        List<MisconceptionResult> out = new ArrayList<>();
        double left = earned;
        for (MisconceptionResult m : found) {
            double ceiling = Math.max(0, max - policy.misconceptionReach() * m.penalty());
            double deducted = Scores.round(Math.max(m.penalty(), left - ceiling));
            out.add(new MisconceptionResult(m.id(), m.label(), deducted, m.evidence()));
            left = Math.max(0, left - deducted);
        }
        return out;
    }

    /**
     * True when most of the answer is list items, or when every span that earned points is an item of an enumeration
     * that says nothing about what the question asks ("Relevant here are A, B, C and D, all of which play a role").
     */
    private boolean keywordList(KeywordListCheck.Enumerations lists, List<CriterionOutcome> outcomes) {
        if (lists.mostlyItems()) {
            return true;
        }
        List<Evidence> credited = outcomes.stream().filter(o -> o.result().points() > 0)
                .flatMap(o -> o.result().evidence().stream()).filter(e -> !e.negated()).toList();
        // A similar sentence is evidence from the whole sentence: it counts as listed when it holds list items.
        return lists.itemWords() > 0 && !credited.isEmpty() && credited.stream().allMatch(e -> e.kind()
                == MatchKind.SEMANTIC ? lists.overlaps(e.start(), e.end()) : lists.covers(e.start(), e.end()));
    }

    private double capKeywordList(double score, double max) {
        double cap = Scores.round(policy.keywordListCap() * max);
        String what = "The answer lists terms without saying how they relate (few or no verbs, no sentences)";
        if (score > cap) {
            flags.add(new Flag(FlagCode.KEYWORD_LIST, what + "; its score is capped at " + format(cap) + " of "
                    + format(max) + " (the terms alone would earn " + format(score) + ")."));
            return cap;
        }
        flags.add(new Flag(FlagCode.KEYWORD_LIST, what + "; the cap of " + format(cap) + " did not lower it."));
        return score;
    }

    /**
     * The off-topic score (0), or empty. With no rubric words found, an answer is off topic when its closest sentence
     * is far from the model answer (a looser bar when it earned little), or, when it earned little or the semantic
     * channel is off, when few of its words beyond the question's own appear in the rubric.
     */
    private Optional<Double> offTopic(double score, boolean earnedLittle) {
        String measure = null;
        if (semantic.isPresent() && !rubric.modelAnswer().isEmpty()) {
            double similarity = semantic.get().maxSimilarity(rubric.modelAnswer());
            double threshold = earnedLittle ? policy.offTopicUnscoredSimilarity() : policy.offTopicSimilarity();
            if (similarity < threshold) {
                measure = "its closest sentence has similarity " + format(similarity) + " to the model answer";
            }
        }
        if (measure == null && (earnedLittle || semantic.isEmpty())) {
            double overlap = vocabularyOverlap();
            if (overlap < policy.offTopicOverlap()) {
                measure = Math.round(overlap * 100)
                        + "% of its content words (other than the question's) appear in the rubric";
            }
        }
        if (measure == null) {
            return Optional.empty();
        }
        String effect = score > 0 ? "; its " + format(score) + " points were set to 0." : ".";
        flags.add(new Flag(FlagCode.OFF_TOPIC, "The answer matches no criterion and " + measure + effect));
        return Optional.of(0.0);
    }

    private double vocabularyOverlap() {
        Set<String> lemmas = new TreeSet<>();
        for (Token t : text.tokens()) {
            if (t.isContent() && !rubric.promptLemmas().contains(t.lemma())) {
                lemmas.add(t.lemma());
            }
        }
        if (lemmas.isEmpty()) {
            return 0;
        }
        long shared = lemmas.stream().filter(rubric.vocabulary()::contains).count();
        return (double) shared / lemmas.size();
    }

    /** The answer's list items, judged against what the question and the rubric are about. */
    private KeywordListCheck.Enumerations enumerations() {
        Set<String> subjects = new TreeSet<>(rubric.promptLemmas());
        subjects.addAll(rubric.vocabulary());
        return listCheck.analyze(text, subjects);
    }

    /** Share of the answer's words the candidate does not state as their own: reported, rejected, supposed. */
    private double notAsserted() {
        long words = text.tokens().stream().filter(Token::isWord).count();
        long other = text.tokens().stream().filter(t -> t.isWord() && !t.asserted()).count();
        return words == 0 ? 0 : (double) other / words;
    }

    /** Share of the sentences where no criterion or misconception found anything, negated evidence included. */
    private double uncredited(List<CriterionOutcome> outcomes, List<MisconceptionResult> misconceptions) {
        List<Evidence> all = new ArrayList<>();
        outcomes.forEach(o -> all.addAll(o.result().evidence()));
        misconceptions.forEach(m -> all.addAll(m.evidence()));
        if (text.sentences().isEmpty()) {
            return 0;
        }
        long bare = text.sentences().stream().filter(s -> all.stream()
                .noneMatch(e -> e.start() < s.end() && e.end() > s.start())).count();
        return (double) bare / text.sentences().size();
    }

    /** Points-weighted certainty of each criterion's verdict, lowered by doubtful signals. */
    private double confidence(List<CriterionOutcome> outcomes, List<MisconceptionResult> misconceptions,
            boolean keywordList) {
        double weight = 0;
        double sum = 0;
        for (CriterionOutcome o : outcomes) {
            double certainty = switch (o.source()) {
                case EXPRESSION -> o.strength();
                case NAMING -> 0.9;
                case KEYWORDS -> 0.7;
                case SEMANTIC -> 0.5;
                case NONE -> o.negatedOnly() ? 0.7 : o.nearMiss() ? 0.6 : 0.9;
            };
            weight += o.result().max();
            sum += o.result().max() * certainty;
        }
        double confidence = weight > 0 ? sum / weight : 0.5;
        for (MisconceptionResult m : misconceptions) {
            if (m.evidence().stream().anyMatch(e -> e.kind() == MatchKind.SEMANTIC)) {
                confidence *= 0.85;
            }
        }
        return Scores.round(keywordList ? confidence * 0.85 : confidence);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
