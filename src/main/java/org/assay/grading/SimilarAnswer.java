package org.assay.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

import org.assay.engine.match.TextOverlap.Span;
import org.assay.session.Answer;

/**
 * One answer that largely repeats another candidate's answer to the same question in the same assessment, word for
 * word. Found after grading, for a person to judge; it never changes a score.
 */
@Entity
@Table(name = "similar_answer")
public class SimilarAnswer extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    public Answer answer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "other_answer_id")
    public Answer other;

    /** Share of this answer's words that repeat the other answer, 0..1. */
    public double share;

    /** How many of this answer's words repeat the other answer. */
    public int words;

    /** The repeated runs in this answer, as "start-end" character ranges separated by commas. */
    @Column(length = 4_000)
    public String spans;

    /** The same runs in the other answer. */
    @Column(name = "other_spans", length = 4_000)
    public String otherSpans;

    @Column(name = "found_at")
    public Instant foundAt = Instant.now();

    public static List<SimilarAnswer> listByAnswers(List<Long> answerIds) {
        return answerIds.isEmpty() ? List.of()
                : list("answer.id in ?1 order by share desc, id", answerIds);
    }

    public List<Span> spanList() {
        return parse(spans);
    }

    public List<Span> otherSpanList() {
        return parse(otherSpans);
    }

    /** Ranges as stored; a text too long for the column keeps its first ranges. */
    static String format(List<Span> ranges) {
        var sb = new StringBuilder();
        for (Span s : ranges) {
            String next = (sb.length() == 0 ? "" : ",") + s.start() + "-" + s.end();
            if (sb.length() + next.length() > 4_000) {
                break;
            }
            sb.append(next);
        }
        return sb.toString();
    }

    private static List<Span> parse(String text) {
        var out = new ArrayList<Span>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String range : text.split(",")) {
            int dash = range.indexOf('-');
            out.add(new Span(Integer.parseInt(range.substring(0, dash)), Integer.parseInt(range.substring(dash + 1))));
        }
        return out;
    }
}
