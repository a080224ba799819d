package org.assay.review.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assay.engine.score.MatchKind;
import org.assay.review.transcript.AnswerHighlighter.Span;

class AnswerHighlighterTest {

    private static final String TEXT = "softmax weights blend the values";
    private static final Mark SOFTMAX = new Mark("C1", "Softmax weights", MatchKind.EXACT, "softmax", false, false);
    private static final Mark BLEND = new Mark("C2", "Blends values", MatchKind.SYNONYM, "mix values", false, false);

    @Test
    void plainTextWithoutEvidenceIsOneSegment() {
        var segments = AnswerHighlighter.segments(TEXT, List.of());
        assertThat(segments).extracting(Segment::text).containsExactly(TEXT);
        assertThat(segments.get(0).highlighted()).isFalse();
    }

    @Test
    void cutsTheTextAroundEachSpanAndKeepsEveryCharacter() {
        var segments = AnswerHighlighter.segments(TEXT, List.of(span("softmax", SOFTMAX), span("the values", BLEND)));
        assertThat(segments).extracting(Segment::text)
                .containsExactly("softmax", " weights blend ", "the values");
        assertThat(segments).extracting(Segment::highlighted).containsExactly(true, false, true);
        assertThat(segments.get(2).cssClass()).isEqualTo("ev ev-synonym");
        assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void overlappingSpansSplitTheTextAndTagEachSpanOnceAtItsEnd() {
        var segments = AnswerHighlighter.segments(TEXT,
                List.of(span("softmax weights", SOFTMAX), span("weights blend", BLEND)));
        assertThat(segments).extracting(Segment::text)
                .containsExactly("softmax ", "weights", " blend", " the values");
        assertThat(segments.get(1).marks()).containsExactly(SOFTMAX, BLEND);
        assertThat(segments).extracting(s -> s.ending().stream().map(Mark::tag).toList())
                .containsExactly(List.of(), List.of("C1 exact"), List.of("C2 synonym"), List.of());
    }

    @Test
    void ignoresSpansOutsideTheTextOrQuotingOtherWords() {
        var outside = new Span(20, 99, null, SOFTMAX);
        var backwards = new Span(5, 2, null, SOFTMAX);
        var wrongQuote = new Span(0, 7, "sigmoid", SOFTMAX);
        var segments = AnswerHighlighter.segments(TEXT, List.of(outside, backwards, wrongQuote));
        assertThat(segments).extracting(Segment::text).containsExactly(TEXT);
    }

    @Test
    void misconceptionsAndNegatedEvidenceLookDifferentFromCredit() {
        var wrong = new Mark("M1", "Linear cost", MatchKind.EXACT, "linear", false, true);
        var negated = new Mark("C1", "Softmax", MatchKind.LEMMA, "softmax", true, false);
        var segments = AnswerHighlighter.segments(TEXT, List.of(span("softmax", negated), span("values", wrong)));
        assertThat(segments.get(0).cssClass()).isEqualTo("ev ev-negated");
        assertThat(segments.get(0).ending().get(0).tag()).isEqualTo("C1 lemma, negated");
        assertThat(segments.get(2).cssClass()).isEqualTo("ev ev-wrong");
    }

    private static Span span(String words, Mark mark) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length(), words, mark);
    }
}
