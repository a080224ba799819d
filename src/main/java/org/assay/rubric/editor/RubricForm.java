package org.assay.rubric.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assay.engine.rubric.Criterion;
import org.assay.engine.rubric.Expressions;
import org.assay.engine.rubric.Misconception;
import org.assay.engine.rubric.Rubric;
import org.assay.web.Numbers;

/**
 * A rubric as typed into the editor: every value a string, so nothing the author typed is lost when it is not yet
 * valid. Lists are one item a line (expressions, exemplars) or comma-separated (keywords, synonym phrases). Rows are
 * numbered from 0 in display order; field names are {@code <section>-<row>-<field>}.
 */
public record RubricForm(String id, String title, String prompt, String points, String modelAnswer,
        List<CriterionRow> criteria, List<MisconceptionRow> misconceptions, List<SynonymRow> synonyms,
        String entities) {

    public static final String CRITERIA = "criteria";
    public static final String MISCONCEPTIONS = "misconceptions";
    public static final String SYNONYMS = "synonyms";
    private static final Pattern ROW_FIELD = Pattern.compile("(criteria|misconceptions|synonyms)-(\\d{1,3})-(\\w+)");
    /** Rows beyond this are ignored, so a crafted form cannot make the page huge. */
    static final int MAX_ROWS = 200;

    public RubricForm {
        criteria = renumber(criteria, CriterionRow::at);
        misconceptions = renumber(misconceptions, MisconceptionRow::at);
        synonyms = renumber(synonyms, SynonymRow::at);
        entities = entities == null ? "" : entities;
    }

    /** A form without entities. */
    public RubricForm(String id, String title, String prompt, String points, String modelAnswer,
            List<CriterionRow> criteria, List<MisconceptionRow> misconceptions, List<SynonymRow> synonyms) {
        this(id, title, prompt, points, modelAnswer, criteria, misconceptions, synonyms, "");
    }

    /** A criterion row; {@code name(field)} is the form field's name and element id. */
    public record CriterionRow(int index, String id, String label, String points, String expressions,
            String keywords, String minKeywords, String exemplars, String about) {

        static final CriterionRow BLANK = new CriterionRow(0, "", "", "", "", "", "", "", "");

        public CriterionRow {
            about = about == null ? "" : about;
        }

        /** A row bound to no entity. */
        public CriterionRow(int index, String id, String label, String points, String expressions,
                String keywords, String minKeywords, String exemplars) {
            this(index, id, label, points, expressions, keywords, minKeywords, exemplars, "");
        }

        public String name(String field) {
            return CRITERIA + "-" + index + "-" + field;
        }

        public String key() {
            return CRITERIA + "-" + index;
        }

        /** The row in words, for screen readers: "criterion 2". */
        public String noun() {
            return "criterion " + (index + 1);
        }

        boolean blank() {
            return allBlank(id, label, points, expressions, keywords, minKeywords, exemplars, about);
        }

        CriterionRow at(int i) {
            return new CriterionRow(i, id, label, points, expressions, keywords, minKeywords, exemplars, about);
        }
    }

    /** A misconception row. */
    public record MisconceptionRow(int index, String id, String label, String penalty, String expressions,
            String exemplars, String about) {

        static final MisconceptionRow BLANK = new MisconceptionRow(0, "", "", "", "", "", "");

        public MisconceptionRow {
            about = about == null ? "" : about;
        }

        /** A row bound to no entity. */
        public MisconceptionRow(int index, String id, String label, String penalty, String expressions,
                String exemplars) {
            this(index, id, label, penalty, expressions, exemplars, "");
        }

        public String name(String field) {
            return MISCONCEPTIONS + "-" + index + "-" + field;
        }

        public String key() {
            return MISCONCEPTIONS + "-" + index;
        }

        public String noun() {
            return "misconception " + (index + 1);
        }

        boolean blank() {
            return allBlank(id, label, penalty, expressions, exemplars, about);
        }

        MisconceptionRow at(int i) {
            return new MisconceptionRow(i, id, label, penalty, expressions, exemplars, about);
        }
    }

    /** A synonym row: a term and the phrases that mean the same in this question. */
    public record SynonymRow(int index, String term, String phrases) {

        static final SynonymRow BLANK = new SynonymRow(0, "", "");

        public String name(String field) {
            return SYNONYMS + "-" + index + "-" + field;
        }

        public String noun() {
            return "synonym " + (index + 1);
        }

        boolean blank() {
            return allBlank(term, phrases);
        }

        SynonymRow at(int i) {
            return new SynonymRow(i, term, phrases);
        }
    }

    /** The form showing a saved rubric. */
    public static RubricForm of(Rubric rubric) {
        return new RubricForm(rubric.id(), rubric.title(), rubric.prompt(), Numbers.exact(rubric.points()),
                rubric.modelAnswer(),
                rubric.criteria().stream().map(RubricForm::row).toList(),
                rubric.misconceptions().stream().map(RubricForm::row).toList(),
                new TreeMap<>(rubric.synonyms()).entrySet().stream()
                        .map(e -> new SynonymRow(0, e.getKey(), String.join(", ", e.getValue()))).toList(),
                String.join("\n", rubric.entities().stream()
                        .map(e -> e.id() + ": " + String.join(", ", e.names())).toList()));
    }

    /** Reads the posted editor form; absent fields are empty. */
    public static RubricForm read(String qid, Map<String, List<String>> fields) {
        Map<String, Map<Integer, Map<String, String>>> rows = Map.of(CRITERIA, new TreeMap<>(), MISCONCEPTIONS,
                new TreeMap<>(), SYNONYMS, new TreeMap<>());
        fields.forEach((name, values) -> {
            var m = ROW_FIELD.matcher(name);
            if (m.matches() && Integer.parseInt(m.group(2)) < MAX_ROWS) {
                rows.get(m.group(1)).computeIfAbsent(Integer.parseInt(m.group(2)), i -> new TreeMap<>())
                        .put(m.group(3), first(values));
            }
        });
        var criteria = rows.get(CRITERIA).values().stream().map(f -> new CriterionRow(0, get(f, "id"),
                get(f, "label"), get(f, "points"), get(f, "expressions"), get(f, "keywords"), get(f, "minKeywords"),
                get(f, "exemplars"), get(f, "about"))).toList();
        var misconceptions = rows.get(MISCONCEPTIONS).values().stream().map(f -> new MisconceptionRow(0,
                get(f, "id"), get(f, "label"), get(f, "penalty"), get(f, "expressions"), get(f, "exemplars"),
                get(f, "about"))).toList();
        var synonyms = rows.get(SYNONYMS).values().stream()
                .map(f -> new SynonymRow(0, get(f, "term"), get(f, "phrases"))).toList();
        return new RubricForm(qid, field(fields, "title"), field(fields, "prompt"), field(fields, "points"),
                field(fields, "modelAnswer"), criteria, misconceptions, synonyms, field(fields, "entities"));
    }

    /** Whether the posted fields carry a rubric draft at all (read-only viewers post only an answer). */
    public static boolean present(Map<String, List<String>> fields) {
        return fields.containsKey("title") || fields.containsKey("prompt");
    }

    /** The form with a row added at the end of a section. */
    public RubricForm withRowAdded(String section) {
        return switch (section) {
            case CRITERIA -> withCriteria(append(criteria, CriterionRow.BLANK));
            case MISCONCEPTIONS -> withMisconceptions(append(misconceptions, MisconceptionRow.BLANK));
            case SYNONYMS -> withSynonyms(append(synonyms, SynonymRow.BLANK));
            default -> this;
        };
    }

    /** The form with a row removed; an index out of range changes nothing. */
    public RubricForm withRowRemoved(String section, int index) {
        return switch (section) {
            case CRITERIA -> withCriteria(remove(criteria, index));
            case MISCONCEPTIONS -> withMisconceptions(remove(misconceptions, index));
            case SYNONYMS -> withSynonyms(remove(synonyms, index));
            default -> this;
        };
    }

    /** The form with a row swapped with its neighbour ({@code by} is -1 for up, 1 for down). */
    public RubricForm withRowMoved(String section, int index, int by) {
        return switch (section) {
            case CRITERIA -> withCriteria(move(criteria, index, by));
            case MISCONCEPTIONS -> withMisconceptions(move(misconceptions, index, by));
            case SYNONYMS -> withSynonyms(move(synonyms, index, by));
            default -> this;
        };
    }

    /** The form with criteria replaced, or appended when the author already wrote some. */
    public RubricForm withSuggested(List<Criterion> suggested) {
        var rows = suggested.stream().map(RubricForm::row).toList();
        var kept = criteria.stream().filter(r -> !r.blank()).toList();
        return withCriteria(kept.isEmpty() ? rows : append(kept, rows));
    }

    public RubricForm withCriteria(List<CriterionRow> rows) {
        return new RubricForm(id, title, prompt, points, modelAnswer, rows, misconceptions, synonyms, entities);
    }

    RubricForm withMisconceptions(List<MisconceptionRow> rows) {
        return new RubricForm(id, title, prompt, points, modelAnswer, criteria, rows, synonyms, entities);
    }

    RubricForm withSynonyms(List<SynonymRow> rows) {
        return new RubricForm(id, title, prompt, points, modelAnswer, criteria, misconceptions, rows, entities);
    }

    /** Lines of a one-item-a-line field, trimmed, without blank ones. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Items of a comma-separated field, trimmed, without blank ones. */
    static List<String> commaList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static CriterionRow row(Criterion c) {
        return new CriterionRow(0, c.id(), c.label(), Numbers.exact(c.points()),
                String.join("\n", Stream.concat(c.expressions().stream(),
                        c.naming().stream().map(Expressions::namingLine)).toList()), String.join(", ", c.keywords()),
                c.keywords().isEmpty() ? "" : Integer.toString(c.minKeywords()), String.join("\n", c.exemplars()),
                c.about());
    }

    private static MisconceptionRow row(Misconception m) {
        return new MisconceptionRow(0, m.id(), m.label(), Numbers.exact(m.penalty()),
                String.join("\n", m.expressions()), String.join("\n", m.exemplars()), m.about());
    }

    private static <T> List<T> renumber(List<T> rows, BiFunction<T, Integer, T> at) {
        var out = new ArrayList<T>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(at.apply(rows.get(i), i));
        }
        return List.copyOf(out);
    }

    private static <T> List<T> append(List<T> rows, T row) {
        return append(rows, List.of(row));
    }

    private static <T> List<T> append(List<T> rows, List<T> more) {
        var out = new ArrayList<>(rows);
        out.addAll(more);
        return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
    }

    private static <T> List<T> remove(List<T> rows, int index) {
        if (index < 0 || index >= rows.size()) {
            return rows;
        }
        var out = new ArrayList<>(rows);
        out.remove(index);
        return out;
    }

    private static <T> List<T> move(List<T> rows, int index, int by) {
        int other = index + by;
        if (index < 0 || index >= rows.size() || other < 0 || other >= rows.size()) {
            return rows;
        }
        var out = new ArrayList<>(rows);
        out.set(index, rows.get(other));
        out.set(other, rows.get(index));
        return out;
    }

    private static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }

    private static String get(Map<String, String> fields, String name) {
        return fields.getOrDefault(name, "");
    }

    private static String field(Map<String, List<String>> fields, String name) {
        return first(fields.get(name));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** Every field name and value, as a browser would post them; for tests and the draft-as-YAML view. */
    public Map<String, String> fields() {
        var out = new LinkedHashMap<String, String>();
        out.put("title", title);
        out.put("prompt", prompt);
        out.put("points", points);
        out.put("modelAnswer", modelAnswer);
        for (var c : criteria) {
            out.put(c.name("id"), c.id());
            out.put(c.name("label"), c.label());
            out.put(c.name("points"), c.points());
            out.put(c.name("expressions"), c.expressions());
            out.put(c.name("keywords"), c.keywords());
            out.put(c.name("minKeywords"), c.minKeywords());
            out.put(c.name("exemplars"), c.exemplars());
            out.put(c.name("about"), c.about());
        }
        for (var m : misconceptions) {
            out.put(m.name("id"), m.id());
            out.put(m.name("label"), m.label());
            out.put(m.name("penalty"), m.penalty());
            out.put(m.name("expressions"), m.expressions());
            out.put(m.name("exemplars"), m.exemplars());
            out.put(m.name("about"), m.about());
        }
        for (var s : synonyms) {
            out.put(s.name("term"), s.term());
            out.put(s.name("phrases"), s.phrases());
        }
        out.put("entities", entities);
        return out;
    }
}
