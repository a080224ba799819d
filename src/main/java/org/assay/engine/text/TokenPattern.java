package org.assay.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sequence of token tests read from the rule file, such as {@code ["$reporter-nouns", "$hedges*", "think|say",
 * "that?"]}. Each element lists alternatives separated by "|": a word (compared with the token and its lemma), a named
 * set ("$hedges"), a suffix ("*n't"), a prefix ("^be+"), or any token ("_"); "=" before a word or set compares it with
 * the token as written only; "@TAG" or "@TAG/TAG" after an alternative requires a part of speech ("@AUX" alone is any
 * auxiliary). An alternative starting with "-" excludes tokens as written ("-no", "-*ing", "-$set", "-@VERB").
 * "?" after the element makes it optional and "*" lets it repeat; "~N" skips up to N tokens of any kind. A lone
 * "&gt;" marks where the pattern is anchored: elements before it must match the tokens just before the position, one
 * token each. Immutable.
 */
public final class TokenPattern {

    /** The marker of the anchored position. */
    private static final String ANCHOR = ">";

    private final List<Element> elements;
    private final int lookBehind;
    private final String source;

    private TokenPattern(List<Element> elements, int lookBehind, String source) {
        this.elements = List.copyOf(elements);
        this.lookBehind = lookBehind;
        this.source = source;
    }

    /** The tokens a pattern reads: a sentence's arrays or an analysed text's tokens. */
    public interface Words {

        int size();

        String lower(int i);

        String lemma(int i);

        String tag(int i);

        /** One sentence's arrays. */
        static Words of(String[] lower, String[] lemma, String[] tag) {
            return new Words() {
                @Override
                public int size() {
                    return lower.length;
                }

                @Override
                public String lower(int i) {
                    return lower[i];
                }

                @Override
                public String lemma(int i) {
                    return lemma[i];
                }

                @Override
                public String tag(int i) {
                    return tag[i];
                }
            };
        }

        /** An analysed text's tokens. */
        static Words of(List<Token> tokens) {
            return new Words() {
                @Override
                public int size() {
                    return tokens.size();
                }

                @Override
                public String lower(int i) {
                    return tokens.get(i).lower();
                }

                @Override
                public String lemma(int i) {
                    return tokens.get(i).lemma();
                }

                @Override
                public String tag(int i) {
                    return tokens.get(i).tag();
                }
            };
        }
    }

    /**
     * Compiles a pattern.
     *
     * @param parts the elements as written in the rule file
     * @param sets the named word sets the elements may refer to
     * @throws IllegalArgumentException when an element names an unknown set or is empty
     */
    public static TokenPattern compile(List<String> parts, Map<String, Set<String>> sets) {
        List<Element> elements = new ArrayList<>();
        int lookBehind = 0;
        for (String part : parts) {
            if (ANCHOR.equals(part.strip())) {
                if (lookBehind > 0 || elements.stream().anyMatch(e -> e.optional || e.repeat || e.gap > 0)) {
                    throw new IllegalArgumentException("only one \">\", after elements of one token each, in "
                            + parts);
                }
                lookBehind = elements.size();
                continue;
            }
            elements.add(Element.parse(part, sets));
        }
        if (elements.size() == lookBehind) {
            throw new IllegalArgumentException("a pattern needs at least one element after its anchor: " + parts);
        }
        return new TokenPattern(elements, lookBehind, String.join(" ", parts));
    }

    /**
     * Matches the pattern at a position.
     *
     * @return the index after the last token matched (the longest match), or -1
     */
    public int match(String[] lower, String[] lemma, String[] tag, int start) {
        return match(Words.of(lower, lemma, tag), start);
    }

    /**
     * Matches the pattern at a position.
     *
     * @return the index after the last token matched (the longest match), or -1
     */
    public int match(Words w, int start) {
        return start - lookBehind < 0 ? -1 : match(w, start - lookBehind, 0);
    }

    private int match(Words w, int i, int e) {
        if (e == elements.size()) {
            return i;
        }
        Element el = elements.get(e);
        if (el.gap > 0) {
            for (int skip = 0; skip <= el.gap && i + skip <= w.size(); skip++) {
                int end = match(w, i + skip, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (el.repeat) {
            int k = i;
            while (k < w.size() && el.test(w, k)) {
                k++;
            }
            for (; k >= i; k--) {
                int end = match(w, k, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i < w.size() && el.test(w, i)) {
            int end = match(w, i + 1, e + 1);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional ? match(w, i, e + 1) : -1;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * One alternative of an element.
     *
     * @param words words it accepts; null for any token
     * @param suffixes endings it accepts
     * @param prefixes beginnings it accepts
     * @param formOnly compare with the token as written, not its lemma
     * @param tags parts of speech it requires; empty for any
     */
    private record Alternative(Set<String> words, List<String> suffixes, List<String> prefixes, boolean formOnly,
            Set<String> tags) {

        static Alternative parse(String text, String part, Map<String, Set<String>> sets) {
            String a = text;
            boolean formOnly = false;
            while (a.length() > 1 && a.startsWith("=")) {
                formOnly = true;
                a = a.substring(1);
            }
            Set<String> tags = Set.of();
            int at = a.lastIndexOf('@');
            if (at >= 0 && at < a.length() - 1) {
                tags = Set.of(a.substring(at + 1).toUpperCase(Locale.ROOT).split("/"));
                a = a.substring(0, at);
            }
            if (a.isEmpty() && !tags.isEmpty() || "_".equals(a)) {
                return new Alternative(null, List.of(), List.of(), false, tags);
            }
            if (a.startsWith("$")) {
                Set<String> set = sets.get(a.substring(1));
                if (set == null) {
                    throw new IllegalArgumentException("unknown word set " + a + " in \"" + part + "\"");
                }
                return new Alternative(set, List.of(), List.of(), formOnly, tags);
            }
            if (a.length() > 1 && a.startsWith("*")) {
                return new Alternative(Set.of(), List.of(a.substring(1)), List.of(), formOnly, tags);
            }
            if (a.length() > 1 && a.startsWith("^")) {
                return new Alternative(Set.of(), List.of(), List.of(a.substring(1)), formOnly, tags);
            }
            if (a.isEmpty()) {
                throw new IllegalArgumentException("empty pattern element \"" + part + "\"");
            }
            return new Alternative(Set.of(a), List.of(), List.of(), formOnly, tags);
        }

        boolean test(String lower, String lemma, String tag) {
            if (!tags.isEmpty() && !tags.contains(tag)) {
                return false;
            }
            if (words == null || words.contains(lower) || !formOnly && words.contains(lemma)) {
                return true;
            }
            for (String s : suffixes) {
                if (lower.endsWith(s) || !formOnly && lemma.endsWith(s)) {
                    return true;
                }
            }
            for (String p : prefixes) {
                if (lower.startsWith(p) || !formOnly && lemma.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One position of a pattern. */
    private record Element(List<Alternative> included, List<Alternative> excluded, boolean optional, boolean repeat,
            int gap) {

        static Element parse(String part, Map<String, Set<String>> sets) {
            String p = part.strip();
            if (p.startsWith("~") && p.length() > 1 && p.substring(1).chars().allMatch(Character::isDigit)) {
                return new Element(List.of(), List.of(), false, false, Integer.parseInt(p.substring(1)));
            }
            boolean optional = p.length() > 1 && p.endsWith("?");
            boolean repeat = p.length() > 1 && p.endsWith("*") && !p.endsWith("n't*");
            if (optional || repeat) {
                p = p.substring(0, p.length() - 1);
            }
            List<Alternative> included = new ArrayList<>();
            List<Alternative> excluded = new ArrayList<>();
            for (String alt : p.split("\\|")) {
                String a = alt.strip().toLowerCase(Locale.ROOT);
                if (a.isEmpty()) {
                    continue;
                }
                if (a.length() > 1 && a.startsWith("-")) {
                    // an exclusion compares with the token as written: "-no" still lets "No." through
                    excluded.add(Alternative.parse("=" + a.substring(1), part, sets));
                } else {
                    included.add(Alternative.parse(a, part, sets));
                }
            }
            if (included.isEmpty()) {
                throw new IllegalArgumentException("empty pattern element \"" + part + "\"");
            }
            return new Element(List.copyOf(included), List.copyOf(excluded), optional, repeat, 0);
        }

        boolean test(Words w, int i) {
            String lower = w.lower(i);
            String lemma = w.lemma(i);
            String tag = w.tag(i);
            for (Alternative a : excluded) {
                if (a.test(lower, lemma, tag)) {
                    return false;
                }
            }
            for (Alternative a : included) {
                if (a.test(lower, lemma, tag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
