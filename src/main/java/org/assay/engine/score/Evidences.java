package org.assay.engine.score;

import org.assay.engine.match.PatternMatch;
import org.assay.engine.semantic.SemanticMatch;
import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/** Builds {@link Evidence} from matches, with offsets into the original answer. */
final class Evidences {

    private Evidences() {
    }

    static Evidence of(AnalyzedText text, PatternMatch match) {
        Token first = text.tokens().get(match.first());
        Token last = text.tokens().get(match.last());
        return new Evidence(first.start(), last.end(), text.slice(first.start(), last.end()), match.pattern().source(),
                match.kind(), match.negated());
    }

    static Evidence of(AnalyzedText text, SemanticMatch match) {
        return new Evidence(match.unit().start(), match.unit().end(),
                text.slice(match.unit().start(), match.unit().end()), match.exemplar().text(),
                MatchKind.SEMANTIC, false);
    }
}
