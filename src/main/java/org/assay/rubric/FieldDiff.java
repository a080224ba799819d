package org.assay.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Decimals;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;

/**
 * Two rubrics compared field by field, in words an author reads at a glance: {@code points 3 → 2},
 * {@code C3 expressions: − low temperature, + choose a low temperature}. Criteria (C1, C2 …) and misconceptions
 * (M1 …) are matched by id, so a change made in the YAML and one made in the form read the same.
 */
public final class FieldDiff {

    private FieldDiff() {
    }

    /** The changes from {@code from} to {@code to}, empty when they mean the same. */
    public static List<String> of(Rubric from, Rubric to) {
        var out = new ArrayList<String>();
        text(out, "title", from.title(), to.title());
        text(out, "prompt", from.prompt(), to.prompt());
        number(out, "points", from.points(), to.points());
        text(out, "model answer", from.modelAnswer(), to.modelAnswer());
        items(out, "C", from.criteria(), to.criteria(), Criterion::id, FieldDiff::criterion);
        items(out, "M", from.misconceptions(), to.misconceptions(), Misconception::id, FieldDiff::misconception);
        list(out, "synonyms", entries(from.synonyms()), entries(to.synonyms()));
        list(out, "entities", from.entities().stream().map(e -> e.id() + ": " + String.join(", ", e.names()))
                .toList(), to.entities().stream().map(e -> e.id() + ": " + String.join(", ", e.names())).toList());
        return out;
    }

    private static List<String> criterion(String name, Criterion a, Criterion b) {
        var out = new ArrayList<String>();
        text(out, name + " id", a.id(), b.id());
        text(out, name + " label", a.label(), b.label());
        number(out, name + " points", a.points(), b.points());
        text(out, name + " about", a.about(), b.about());
        list(out, name + " expressions", a.expressions(), b.expressions());
        list(out, name + " naming expressions", a.naming(), b.naming());
        list(out, name + " keywords", a.keywords(), b.keywords());
        number(out, name + " min keywords", a.minKeywords(), b.minKeywords());
        list(out, name + " exemplars", a.exemplars(), b.exemplars());
        return out;
    }

    private static List<String> misconception(String name, Misconception a, Misconception b) {
        var out = new ArrayList<String>();
        text(out, name + " id", a.id(), b.id());
        text(out, name + " label", a.label(), b.label());
        number(out, name + " penalty", a.penalty(), b.penalty());
        text(out, name + " about", a.about(), b.about());
        list(out, name + " expressions", a.expressions(), b.expressions());
        list(out, name + " exemplars", a.exemplars(), b.exemplars());
        return out;
    }

    private interface Compare<T> {
        List<String> changes(String name, T a, T b);
    }

    private static <T> void items(List<String> out, String letter, List<T> from, List<T> to, Function<T, String> id,
            Compare<T> compare) {
        for (int i = 0; i < to.size(); i++) {
            var item = to.get(i);
            var name = letter + (i + 1);
            var old = from.stream().filter(o -> id.apply(o).equals(id.apply(item))).findFirst();
            if (old.isEmpty()) {
                out.add(name + " added: " + id.apply(item));
            } else {
                out.addAll(compare.changes(name + " (" + id.apply(item) + ")", old.get(), item));
            }
        }
        from.stream().filter(o -> to.stream().noneMatch(n -> id.apply(n).equals(id.apply(o))))
                .forEach(o -> out.add(letter + " removed: " + id.apply(o)));
    }

    private static void text(List<String> out, String field, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(field + ": \"" + a + "\" → \"" + b + "\"");
        }
    }

    private static void number(List<String> out, String field, double a, double b) {
        if (a != b) {
            out.add(field + " " + Decimals.format(a) + " → " + Decimals.format(b));
        }
    }

    private static void list(List<String> out, String field, List<String> a, List<String> b) {
        var removed = a.stream().filter(x -> !b.contains(x)).map(x -> "− " + x).toList();
        var added = b.stream().filter(x -> !a.contains(x)).map(x -> "+ " + x).toList();
        if (!removed.isEmpty() || !added.isEmpty()) {
            var parts = new ArrayList<>(removed);
            parts.addAll(added);
            out.add(field + ": " + String.join(", ", parts));
        } else if (!a.equals(b)) {
            out.add(field + ": reordered");
        }
    }

    private static List<String> entries(Map<String, List<String>> map) {
        return map.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }
}
