package org.assay.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The negation, denial, stance and attribution rules of {@code stance-rules.yaml}: named word sets, and rules that
 * each match cue patterns and say what the cue does to the words it governs. {@link NegationDetector},
 * {@link Denials} and {@link StanceDetector} interpret them. Loaded once; immutable.
 *
 * @param version the rule file's version
 * @param sets the named word sets
 * @param rules the rules in file order
 */
public record StanceRules(int version, Map<String, Set<String>> sets, List<Rule> rules) {

    private static final String RESOURCE = "stance-rules.yaml";
    private static final Set<String> COMMON_FIELDS = Set.of("id", "kind", "scope", "at", "patterns", "except",
            "requires", "positive", "negative");
    private static final StanceRules STANDARD = load();

    /** What a rule's cue does. */
    public enum Kind {
        /** Negates the words after it, to the end of the clause. */
        NEGATION(null, Set.of()),
        /** Ends a negation's scope where it matches. */
        SCOPE_END(null, Set.of()),
        /** Before a negation in its clause, makes it name a case rather than deny: "if no constructor is given". */
        VOID_NEGATION(null, Set.of("stops")),
        /** Negates the claim before it: "the claim that X is false". */
        NEGATION_BACKWARD(null, Set.of("verb", "anchor", "stops", "reach")),
        /** A negation with nothing after it denies the noun phrase before it: "but attention doesn't". */
        NEGATION_ELIDED(null, Set.of("skip", "reach")),
        /** Right after a phrase, denies it: "has nothing to do with", "is useless". */
        DENIAL(null, Set.of()),
        /** Says what a denial denies is of use: "cannot help", "has no effect". */
        USE_DENIAL(null, Set.of("first", "within")),
        /** A word that may continue the subject of a denial: "retrieval or web search can't". */
        SUBJECT(null, Set.of("last", "reach")),
        /** A verb of removal or limit; negated, it keeps what follows: "does not remove the reward model". */
        REMOVAL(null, Set.of("reach")),
        /** Reports someone else's view. */
        REPORTED(Stance.REPORTED, Set.of()),
        /** Rejects the sentence before. */
        REJECTED(Stance.REJECTED, Set.of()),
        /** Supposes a case. */
        CONDITION(Stance.SUPPOSED, Set.of()),
        /** Warns against something. */
        WARNING(Stance.SUPPOSED, Set.of()),
        /** Asks. */
        QUESTION(Stance.SUPPOSED, Set.of()),
        /** Speaks to the grader about the grade. */
        GRADER(Stance.GRADER, Set.of());

        private final Stance stance;
        private final Set<String> fields;

        Kind(Stance stance, Set<String> fields) {
            this.stance = stance;
            this.fields = fields;
        }

        /** The stance the rule gives the words it governs; null for the negation kinds. */
        public Stance stance() {
            return stance;
        }

        /** True for the kinds that find what a phrase is said not to do, rather than mark a sentence. */
        public boolean denial() {
            return this == DENIAL || this == USE_DENIAL || this == SUBJECT || this == REMOVAL;
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
     * @param parts the further patterns some kinds read, by field name ("stops", "verb", "anchor" ...)
     * @param reach how many tokens the kind looks past, for the kinds that read it; 0 otherwise
     * @param positive example sentences; words in square brackets are governed by the rule, the others not
     * @param negative example sentences the rule leaves alone, brackets marking what other rules govern
     */
    public record Rule(String id, Kind kind, Scope scope, Position position, List<TokenPattern> patterns,
            List<TokenPattern> except, List<TokenPattern> requires, Map<String, List<TokenPattern>> parts, int reach,
            List<String> positive, List<String> negative) {

        /** Length of the cue at {@code i}, or 0. */
        public int cueAt(String[] lower, String[] lemma, String[] tag, int i) {
            return cueAt(TokenPattern.Words.of(lower, lemma, tag), i);
        }

        /** Length of the cue at {@code i}, or 0. */
        public int cueAt(TokenPattern.Words w, int i) {
            int best = 0;
            for (TokenPattern p : patterns) {
                best = Math.max(best, p.match(w, i) - i);
            }
            // the exceptions only where the cue matches: most tokens are no cue
            for (int e = 0; best > 0 && e < except.size(); e++) {
                if (except.get(e).match(w, i) >= 0) {
                    return 0;
                }
            }
            // the sentence-wide test last: it reads the whole sentence
            return best > 0 && !requires.isEmpty() && !anywhere(requires, w) ? 0 : best;
        }

        /** The patterns of a further field; empty when the rule has none. */
        public List<TokenPattern> part(String field) {
            return parts.getOrDefault(field, List.of());
        }

        /** True when one of the field's patterns matches at {@code i}. */
        public boolean matches(String field, TokenPattern.Words w, int i) {
            for (TokenPattern p : part(field)) {
                if (p.match(w, i) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean anywhere(List<TokenPattern> patterns, TokenPattern.Words w) {
        for (int k = 0; k < w.size(); k++) {
            for (TokenPattern p : patterns) {
                if (p.match(w, k) >= 0) {
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
     * @throws IllegalArgumentException when it is malformed, naming the rule and its line
     */
    public static StanceRules parse(String yaml) {
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object root;
        try {
            root = parser.load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the rule file is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the rule file must be a mapping with version, sets and rules");
        }
        if (!(map.get("version") instanceof Number version)) {
            throw new IllegalArgumentException("the rule file needs a whole-number version");
        }
        if (!(map.get("sets") instanceof Map<?, ?> setMap)) {
            throw new IllegalArgumentException("the rule file needs a mapping of named word sets, \"sets\"");
        }
        if (!(map.get("rules") instanceof List<?> ruleList)) {
            throw new IllegalArgumentException("the rule file needs a list of rules, \"rules\"");
        }
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        setMap.forEach((name, words) -> {
            if (!(words instanceof List<?> list)) {
                throw new IllegalArgumentException("word set " + name + " must be a list");
            }
            sets.put(String.valueOf(name), expand(String.valueOf(name), strings(list), sets));
        });
        List<Integer> lines = ruleLines(parser, yaml);
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < ruleList.size(); n++) {
            String where = n < lines.size() ? " (line " + lines.get(n) + ")" : "";
            if (!(ruleList.get(n) instanceof Map<?, ?> r)) {
                throw new IllegalArgumentException("rule " + (n + 1) + where + " must be a mapping");
            }
            String id = String.valueOf(r.get("id"));
            try {
                if (r.get("id") == null || !ids.add(id)) {
                    throw new IllegalArgumentException(r.get("id") == null ? "it has no id" : "the id is taken");
                }
                rules.add(rule(id, r, sets));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("rule " + id + where + ": " + e.getMessage(), e);
            }
        }
        return new StanceRules(version.intValue(), Map.copyOf(sets), List.copyOf(rules));
    }

    private static Rule rule(String id, Map<?, ?> r, Map<String, Set<String>> sets) {
        Object kindName = r.get("kind");
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(upper(kindName))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind " + kindName + "; one of "
                        + Arrays.stream(Kind.values()).map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList()));
        for (Object key : r.keySet()) {
            if (!COMMON_FIELDS.contains(String.valueOf(key)) && !kind.fields.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("a " + kindName + " rule has no field \"" + key + "\"");
            }
        }
        if (!(r.get("patterns") instanceof List<?>)) {
            throw new IllegalArgumentException("it needs a list of patterns");
        }
        Map<String, List<TokenPattern>> parts = new LinkedHashMap<>();
        for (String field : kind.fields) {
            if (!"reach".equals(field) && r.containsKey(field)) {
                parts.put(field, patterns(r.get(field), sets));
            }
        }
        Object reach = r.get("reach");
        if (reach != null && !(reach instanceof Integer)) {
            throw new IllegalArgumentException("reach must be a whole number, not " + reach);
        }
        return new Rule(id, kind, Scope.valueOf(upper(r.containsKey("scope") ? r.get("scope") : "claim")),
                Position.valueOf(upper(r.containsKey("at") ? r.get("at") : "anywhere")),
                patterns(r.get("patterns"), sets), patterns(orEmpty(r.get("except")), sets),
                strings(orEmpty(r.get("requires"))).stream().map(e -> TokenPattern.compile(List.of(e), sets))
                        .toList(),
                Map.copyOf(parts), reach == null ? 0 : (Integer) reach, strings(orEmpty(r.get("positive"))),
                strings(orEmpty(r.get("negative"))));
    }

    private static Object orEmpty(Object value) {
        return value == null ? List.of() : value;
    }

    /** The line of each rule, for error messages. */
    private static List<Integer> ruleLines(Yaml parser, String yaml) {
        List<Integer> lines = new ArrayList<>();
        if (parser.compose(new StringReader(yaml)) instanceof MappingNode root) {
            for (NodeTuple t : root.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && "rules".equals(key.getValue())
                        && t.getValueNode() instanceof SequenceNode list) {
                    list.getValue().forEach(node -> lines.add(node.getStartMark().getLine() + 1));
                }
            }
        }
        return lines;
    }

    /** A set's words, each "$name" in it replaced by the words of a set named before it. */
    private static Set<String> expand(String name, List<String> words, Map<String, Set<String>> sets) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (w.length() > 1 && w.startsWith("$")) {
                Set<String> other = sets.get(w.substring(1));
                if (other == null) {
                    throw new IllegalArgumentException("word set " + name + " names " + w
                            + ", which is not a set defined before it");
                }
                out.addAll(other);
            } else {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static String upper(Object value) {
        return String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static List<TokenPattern> patterns(Object value, Map<String, Set<String>> sets) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("patterns must be a list of lists, not " + value);
        }
        List<TokenPattern> out = new ArrayList<>();
        for (Object parts : list) {
            if (!(parts instanceof List<?> elements)) {
                throw new IllegalArgumentException("a pattern must be a list of elements, not " + parts);
            }
            out.add(TokenPattern.compile(strings(elements), sets));
        }
        return List.copyOf(out);
    }

    /** YAML reads an unquoted no, yes, on, off or true as a boolean: the file must quote such words. */
    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list, not " + value);
        }
        return list.stream().map(v -> {
            if (!(v instanceof String s)) {
                throw new IllegalArgumentException("write " + v + " in quotes: only text is a word");
            }
            return s;
        }).toList();
    }
}
