package org.assay.engine.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.assay.engine.match.Lexicon;
import org.assay.engine.match.PatternCompiler;
import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Entity;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.engine.rubric.RubricWriter;
import org.assay.engine.semantic.Exemplar;
import org.assay.engine.semantic.SemanticAnswer;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.semantic.Vectors;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Sentence;
import org.assay.engine.text.TextAnalyzer;
import org.assay.engine.text.Token;

/**
 * Compiles rubrics for grading and keeps the most recently used ones, so a rubric's phrases are analysed and
 * embedded once however many answers are graded against it. Thread-safe.
 */
public final class RubricCompiler {

    /** A label with fewer content words is a name, not a statement, and is not compared by similarity. */
    public static final int MIN_LABEL_WORDS = 3;
    /** Compiled rubrics kept in memory. */
    public static final int CACHE_SIZE = 256;

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final boolean spelling;
    private final Optional<SentenceEmbedder> embedder;
    private final Map<Rubric, CompiledRubric> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Rubric, CompiledRubric> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /**
     * @param analyzer analyses rubric phrases
     * @param lexicon WordNet, or {@link Lexicon#NONE} when that channel is off
     * @param spelling whether misspellings count
     * @param embedder sentence embeddings, empty when the semantic channel is off
     */
    public RubricCompiler(TextAnalyzer analyzer, Lexicon lexicon, boolean spelling,
            Optional<SentenceEmbedder> embedder) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.spelling = spelling;
        this.embedder = embedder;
    }

    /** The compiled rubric, from the cache when it was compiled before. */
    public CompiledRubric compile(Rubric rubric) {
        CompiledRubric compiled = cache.get(rubric);
        if (compiled == null) {
            compiled = compileNow(rubric);
            cache.put(rubric, compiled);
        }
        return compiled;
    }

    private CompiledRubric compileNow(Rubric rubric) {
        PatternCompiler patterns = new PatternCompiler(analyzer, lexicon, spelling, rubric.synonyms());
        float[] prompt = embedder.isPresent() && rubric.prompt() != null && !rubric.prompt().isBlank()
                ? embedder.get().embed(rubric.prompt()) : null;
        Set<String> vocabulary = new TreeSet<>();
        List<CompiledCriterion> criteria = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            criteria.add(new CompiledCriterion(c, c.expressions().stream().map(patterns::compile).toList(),
                    c.keywords().stream().map(patterns::compile).toList(),
                    exemplars(c.label(), c.exemplars(), vocabulary, prompt),
                    c.naming().stream().map(patterns::compile).toList()));
            addLemmas(vocabulary, c.expressions());
            addLemmas(vocabulary, c.naming());
            addLemmas(vocabulary, c.keywords());
        }
        List<CompiledMisconception> misconceptions = new ArrayList<>();
        for (Misconception m : rubric.misconceptions()) {
            misconceptions.add(new CompiledMisconception(m, m.expressions().stream().map(patterns::compile).toList(),
                    exemplars(m.label(), m.exemplars(), vocabulary, null)));
            addLemmas(vocabulary, m.expressions());
        }
        Set<String> promptLemmas = promptLemmas(rubric);
        return new CompiledRubric(rubric, RubricWriter.fingerprint(rubric), criteria, misconceptions, vocabulary,
                promptLemmas, modelAnswer(rubric.modelAnswer(), vocabulary), entities(rubric));
    }

    private List<CompiledEntity> entities(Rubric rubric) {
        List<CompiledEntity> out = new ArrayList<>();
        for (Entity e : rubric.entities()) {
            List<List<CompiledEntity.Word>> names = new ArrayList<>();
            for (String name : e.names()) {
                names.add(analyzer.analyze(name).tokens().stream().filter(Token::isWord)
                        .map(t -> new CompiledEntity.Word(t.lower(), t.lemma())).toList());
            }
            out.add(new CompiledEntity(e.id(), names));
        }
        return out;
    }

    private List<Exemplar> exemplars(String label, List<String> sentences, Set<String> vocabulary, float[] prompt) {
        List<String> texts = new ArrayList<>();
        if (label != null && !label.isBlank()) {
            texts.add(label);
        }
        sentences.stream().filter(s -> !s.isBlank()).forEach(texts::add);
        List<Exemplar> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            AnalyzedText analyzed = analyzer.analyze(text);
            Set<String> lemmas = contentLemmas(analyzed);
            vocabulary.addAll(lemmas);
            boolean isLabel = i == 0 && label != null && !label.isBlank();
            if (isLabel && lemmas.size() < MIN_LABEL_WORDS) {
                continue;
            }
            embedder.ifPresent(e -> out.add(exemplar(text, e.embed(text), analyzed, prompt)));
        }
        return out;
    }

    private List<Exemplar> modelAnswer(String modelAnswer, Set<String> vocabulary) {
        if (modelAnswer == null || modelAnswer.isBlank()) {
            return List.of();
        }
        AnalyzedText analyzed = analyzer.analyze(modelAnswer);
        vocabulary.addAll(contentLemmas(analyzed));
        if (embedder.isEmpty()) {
            return List.of();
        }
        List<Exemplar> out = new ArrayList<>();
        out.add(exemplar(modelAnswer, embedder.get().embed(modelAnswer), analyzed, null));
        if (analyzed.sentences().size() > 1) {
            for (Sentence s : analyzed.sentences()) {
                String text = analyzed.text(s);
                out.add(exemplar(text, embedder.get().embed(text), analyzer.analyze(text), null));
            }
        }
        return out;
    }

    private static Exemplar exemplar(String text, float[] vector, AnalyzedText analyzed, float[] prompt) {
        Set<String> asserted = new TreeSet<>();
        Set<String> denied = new TreeSet<>();
        int negated = 0;
        for (Token t : analyzed.tokens()) {
            if (t.isContent()) {
                (t.negated() ? denied : asserted).add(t.lemma());
                negated += t.negated() ? 1 : 0;
            }
        }
        denied.removeAll(asserted);
        int content = analyzed.contentWordCount();
        return new Exemplar(text, vector, asserted, denied,
                content > 0 && negated >= SemanticAnswer.NEGATED_SHARE * content,
                prompt == null ? 0 : Vectors.cosine(prompt, vector));
    }

    /**
     * The question's content words and the rubric synonyms of any term it uses: "What is RLHF?" makes "reinforcement
     * learning from human feedback" question words too, which an answer repeats without being on topic.
     */
    private Set<String> promptLemmas(Rubric rubric) {
        if (rubric.prompt() == null) {
            return Set.of();
        }
        Set<String> lemmas = contentLemmas(analyzer.analyze(rubric.prompt()));
        Set<String> expanded = new TreeSet<>(lemmas);
        rubric.synonyms().forEach((term, phrases) -> {
            List<Set<String>> group = new ArrayList<>();
            group.add(contentLemmas(analyzer.analyze(term)));
            phrases.forEach(p -> group.add(contentLemmas(analyzer.analyze(p))));
            if (group.stream().anyMatch(g -> !g.isEmpty() && lemmas.containsAll(g))) {
                group.forEach(expanded::addAll);
            }
        });
        return expanded;
    }

    private void addLemmas(Set<String> vocabulary, List<String> phrases) {
        phrases.forEach(p -> vocabulary.addAll(contentLemmas(analyzer.analyze(p))));
    }

    private static Set<String> contentLemmas(AnalyzedText text) {
        Set<String> lemmas = new TreeSet<>();
        for (Token t : text.tokens()) {
            if (t.isContent()) {
                lemmas.add(t.lemma());
            }
        }
        return lemmas;
    }
}
