package org.assay.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void unchangedLinesAreSameAndChangedOnesRemovedThenAdded() {
        var lines = LineDiff.diff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");

        assertThat(lines).extracting(LineDiff.Line::marker, LineDiff.Line::text).containsExactly(
                tuple(" ", "a"), tuple("-", "b"),
                tuple("+", "B"), tuple(" ", "c"),
                tuple(" ", "d"), tuple("+", "e"));
    }

    @Test
    void lineNumbersFollowEachSide() {
        var lines = LineDiff.diff("x\ny\n", "w\nx\ny\n");

        assertThat(lines.get(0)).isEqualTo(new LineDiff.Line(LineDiff.Kind.ADDED, 0, 1, "w"));
        assertThat(lines.get(1)).isEqualTo(new LineDiff.Line(LineDiff.Kind.SAME, 1, 2, "x"));
        assertThat(lines.get(2)).isEqualTo(new LineDiff.Line(LineDiff.Kind.SAME, 2, 3, "y"));
    }

    @Test
    void aMovedLineIsOneRemovalAndOneAddition() {
        var lines = LineDiff.diff("1\n2\n3\n4\n", "2\n3\n4\n1\n");

        assertThat(lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).map(LineDiff.Line::text))
                .containsExactly("1");
        assertThat(lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).map(LineDiff.Line::text))
                .containsExactly("1");
    }

    @Test
    void longUnchangedRunsAreShortenedAroundTheChanges() {
        var old = String.join("\n", IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i)
                .toList());
        var changed = old.replace("line 10", "line ten");

        var shown = LineDiff.withContext(LineDiff.diff(old, changed), 3);

        assertThat(shown).extracting(LineDiff.Line::kind).containsExactly(LineDiff.Kind.SKIPPED,
                LineDiff.Kind.SAME, LineDiff.Kind.SAME, LineDiff.Kind.SAME, LineDiff.Kind.REMOVED,
                LineDiff.Kind.ADDED, LineDiff.Kind.SAME, LineDiff.Kind.SAME, LineDiff.Kind.SAME,
                LineDiff.Kind.SKIPPED);
        assertThat(shown.get(0).text()).isEqualTo("6 unchanged lines");
        assertThat(shown.get(9).text()).isEqualTo("7 unchanged lines");
    }

    @Test
    void identicalTextsHaveNoChanges() {
        assertThat(LineDiff.diff("a\nb", "a\nb")).extracting(LineDiff.Line::kind)
                .isEqualTo(List.of(LineDiff.Kind.SAME, LineDiff.Kind.SAME));
    }
}
