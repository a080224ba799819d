package org.assay.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The negation, stance and attribution rules of {@code stance-rules.yaml}: named word sets, and rules that each match
 * cue patterns and say what the cue does to the words it governs. Loaded once; immutable.
 *
 * @param version the rule file's version
 * @param sets the named word sets
 * @param rules the rules in file order
 */
public record StanceRules(int version, Map<String, Set<String>> sets, List<Rule> rules) {

    private static final String RESOURCE = "stance-rules.yaml";
    private static final StanceRules STANDARD = load();

    /** What a rule's cue does. */
    public enum Kind {
        /** Negates the words after it, to the end of the clause. */
        NEGATION(null),
        /** Reports someone else's view. */
        REPORTED(Stance.REPORTED),
        /** Rejects the sentence before. */
        REJECTED(Stance.REJECTED),
        /** Supposes a case. */
        CONDITION(Stance.SUPPOSED),
        /** Warns against something. */
        WARNING(Stance.SUPPOSED),
        /** Asks. */
        QUESTION(Stance.SUPPOSED),
        /** Speaks to the grader about the grade. */
        GRADER(Stance.GRADER);

        private final Stance stance;

        Kind(Stance stance) {
            this.stance = stance;
        }

        /** The stance the rule gives the words it governs; null for a negation. */
        public Stance stance() {
            return stance;
        }
    }

    /** How far a stance cue reaches. */
    public enum Scope {
        /** To the end of the sentence or the next contrast, semicolon, colon or dash. */
        CLAIM,
        /** As {@link #CLAIM}, and also to the next comma or "then". */
        CLAUSE,
        /** The whole sentence. */
        SENTENCE,
        /** The sentence before, and the cue itself. */
        PREVIOUS_SENTENCE
    }

    /** Where in its sentence a cue must stand. */
    public enum Position {
        ANYWHERE, SENTENCE_START, SENTENCE_END
    }

    /**
     * One rule.
     *
     * @param id short name
     * @param kind what the cue does
     * @param scope how far it reaches (stance rules only)
     * @param position where the cue must stand
     * @param patterns the cue, in any of these forms
     * @param except forms at the same position that are not the cue ("not only")
     * @param requires when not empty, the cue counts only in a sentence where one of these matches
     * @param positive example sentences; words in square brackets are governed by the rule, the others not
     * @param negative example sentences the rule leaves alone
     */
    public record Rule(String id, Kind kind, Scope scope, Position position, List<TokenPattern> patterns,
            List<TokenPattern> except, List<TokenPattern> requires, List<String> positive, List<String> negative) {

        /** Length of the cue at {@code i}, or 0. */
        public int cueAt(String[] lower, String[] lemma, String[] tag, int i) {
            for (TokenPattern p : except) {
                if (p.match(lower, lemma, tag, i) >= 0) {
                    return 0;
                }
            }
            int best = 0;
            for (TokenPattern p : patterns) {
                best = Math.max(best, p.match(lower, lemma, tag, i) - i);
            }
            // the sentence-wide test last: it reads the whole sentence
            return best > 0 && !requires.isEmpty() && !anywhere(requires, lower, lemma, tag) ? 0 : best;
        }
    }

    private static boolean anywhere(List<TokenPattern> patterns, String[] lower, String[] lemma, String[] tag) {
        for (int k = 0; k < lower.length; k++) {
            for (TokenPattern p : patterns) {
                if (p.match(lower, lemma, tag, k) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rules shipped with the engine. */
    public static StanceRules standard() {
        return STANDARD;
    }

    /** A named word set; throws when the file lacks it, which the rule file's test catches. */
    public Set<String> set(String name) {
        Set<String> set = sets.get(name);
        if (set == null) {
            throw new IllegalStateException(RESOURCE + " has no word set \"" + name + "\"");
        }
        return set;
    }

    /** The rules of one kind, in file order. */
    public List<Rule> rules(Kind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    private static StanceRules load() {
        try (InputStream in = StanceRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rule file.
     *
     * @throws IllegalArgumentException when it is malformed
     */
    @SuppressWarnings("unchecked")
    public static StanceRules parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the rule file must be a mapping");
        }
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        ((Map<String, List<Object>>) map.get("sets")).forEach((name, words) -> sets.put(name,
                Set.copyOf(strings(words).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())));
        List<Rule> rules = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) map.get("rules")) {
            String id = String.valueOf(r.get("id"));
            try {
                rules.add(new Rule(id, Kind.valueOf(upper(r.get("kind"))),
                        Scope.valueOf(upper(r.getOrDefault("scope", "claim"))),
                        Position.valueOf(upper(r.getOrDefault("at", "anywhere"))),
                        patterns(r.get("patterns"), sets), patterns(r.getOrDefault("except", List.of()), sets),
                        strings(r.getOrDefault("requires", List.of())).stream()
                                .map(e -> TokenPattern.compile(List.of(e), sets)).toList(),
                        strings(r.getOrDefault("positive", List.of())),
                        strings(r.getOrDefault("negative", List.of()))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("rule " + id + ": " + e.getMessage(), e);
            }
        }
        return new StanceRules(((Number) map.get("version")).intValue(), Map.copyOf(sets), List.copyOf(rules));
    }

    private static String upper(Object value) {
        return String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @SuppressWarnings("unchecked")
    private static List<TokenPattern> patterns(Object value, Map<String, Set<String>> sets) {
        List<TokenPattern> out = new ArrayList<>();
        for (List<Object> parts : (List<List<Object>>) value) {
            out.add(TokenPattern.compile(strings(parts), sets));
        }
        return List.copyOf(out);
    }

    /** YAML reads an unquoted no, yes, on, off or true as a boolean: the file must quote such words. */
    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(v -> {
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException("write " + v + " in quotes: only text is a word");
            }
            return s;
        }).toList();
    }
}
