package org.assay.engine.bench;

import java.util.Optional;

import org.assay.engine.EngineOptions;
import org.assay.engine.GradingEngine;
import org.assay.engine.match.WordNetLexicon;
import org.assay.engine.semantic.MiniLmSentenceEmbedder;
import org.assay.engine.semantic.SentenceEmbedder;
import org.assay.engine.text.OpenNlpTextAnalyzer;

/** Loads the models once and builds engines with and without the semantic channel. */
final class Engines {

    final GradingEngine semantic;
    final GradingEngine lexical;

    Engines() {
        OpenNlpTextAnalyzer analyzer = OpenNlpTextAnalyzer.load();
        WordNetLexicon wordnet = WordNetLexicon.load();
        Optional<SentenceEmbedder> embedder = Optional.of(MiniLmSentenceEmbedder.load());
        semantic = GradingEngine.create(analyzer, wordnet, embedder, new EngineOptions(true, true, true));
        lexical = GradingEngine.create(analyzer, wordnet, Optional.empty(), new EngineOptions(true, true, false));
    }

    GradingEngine get(boolean withSemantic) {
        return withSemantic ? semantic : lexical;
    }
}
