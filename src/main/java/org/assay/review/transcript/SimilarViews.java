package org.assay.review.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.engine.match.TextOverlap.Span;
import org.assay.grading.SimilarAnswer;
import org.assay.review.Display;
import org.assay.review.transcript.TranscriptService.Loaded;
import org.assay.review.transcript.TranscriptView.Piece;
import org.assay.review.transcript.TranscriptView.SimilarView;

/** The other candidates' answers that each answer of an attempt largely repeats, with the repeated runs marked. */
final class SimilarViews {

    private SimilarViews() {
    }

    /** Views by answer id, read in one query; answers without a similar answer are absent. */
    static Map<Long, List<SimilarView>> of(Loaded loaded) {
        var ids = loaded.items().stream().map(item -> item.answer().id).toList();
        Map<Long, List<SimilarView>> out = new LinkedHashMap<>();
        boolean blind = loaded.assessment().blindReview;
        for (SimilarAnswer pair : SimilarAnswer.listByAnswers(ids)) {
            var other = pair.other;
            var attempt = other.attempt;
            var view = new SimilarView(Display.candidate(blind, attempt.reviewed, attempt.id,
                    attempt.invitation.candidateName), Math.round(pair.share * 100) + "%", pair.words,
                    "/review/attempts/" + attempt.id + "#q" + other.position, pieces(pair.answer.text,
                            pair.spanList()), pieces(other.text, pair.otherSpanList()));
            out.computeIfAbsent(pair.answer.id, id -> new ArrayList<>()).add(view);
        }
        return out;
    }

    /** The text cut at the repeated runs; runs that no longer fit the text are left unmarked. */
    static List<Piece> pieces(String text, List<Span> spans) {
        var pieces = new ArrayList<Piece>();
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length() || span.start() >= span.end()) {
                continue;
            }
            if (span.start() > at) {
                pieces.add(new Piece(text.substring(at, span.start()), false));
            }
            pieces.add(new Piece(text.substring(span.start(), span.end()), true));
            at = span.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }
}
