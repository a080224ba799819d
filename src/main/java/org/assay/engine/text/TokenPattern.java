package org.assay.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sequence of token tests read from the stance rules, such as {@code ["$reporter-nouns", "$hedges*", "think|say",
 * "that?"]}. Each element lists alternatives separated by "|": a word (compared with the token and its lemma), a
 * named set ("$hedges"), a suffix ("*n't"), an excluded word ("-no") or an excluded ending ("-*ing"); "@TAG" after
 * them requires a part of speech; "?" makes the element optional and "*" lets it repeat; "~N" skips up to N tokens
 * of any kind. Immutable.
 */
public final class TokenPattern {

    private final List<Element> elements;
    private final String source;

    private TokenPattern(List<Element> elements, String source) {
        this.elements = List.copyOf(elements);
        this.source = source;
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
        for (String part : parts) {
            elements.add(Element.parse(part, sets));
        }
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a pattern needs at least one element");
        }
        return new TokenPattern(elements, String.join(" ", parts));
    }

    /**
     * Matches the pattern at a position.
     *
     * @return the index after the last token matched (the longest match), or -1
     */
    public int match(String[] lower, String[] lemma, String[] tag, int start) {
        return match(lower, lemma, tag, start, 0);
    }

    private int match(String[] lower, String[] lemma, String[] tag, int i, int e) {
        if (e == elements.size()) {
            return i;
        }
        Element el = elements.get(e);
        if (el.gap > 0) {
            for (int skip = 0; skip <= el.gap && i + skip <= lower.length; skip++) {
                int end = match(lower, lemma, tag, i + skip, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (el.repeat) {
            int k = i;
            while (k < lower.length && el.test(lower[k], lemma[k], tag[k])) {
                k++;
            }
            for (; k >= i; k--) {
                int end = match(lower, lemma, tag, k, e + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i < lower.length && el.test(lower[i], lemma[i], tag[i])) {
            int end = match(lower, lemma, tag, i + 1, e + 1);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional ? match(lower, lemma, tag, i, e + 1) : -1;
    }

    @Override
    public String toString() {
        return source;
    }

    /** One position of a pattern. */
    private record Element(Set<String> words, List<String> suffixes, Set<String> excluded,
            List<String> excludedSuffixes, String tag,
            boolean optional, boolean repeat, int gap) {

        static Element parse(String part, Map<String, Set<String>> sets) {
            String p = part.strip();
            if (p.startsWith("~") && p.length() > 1 && p.substring(1).chars().allMatch(Character::isDigit)) {
                return new Element(Set.of(), List.of(), Set.of(), List.of(), null, false, false,
                        Integer.parseInt(p.substring(1)));
            }
            boolean optional = p.length() > 1 && p.endsWith("?");
            boolean repeat = p.length() > 1 && p.endsWith("*") && !p.endsWith("n't*");
            if (optional || repeat) {
                p = p.substring(0, p.length() - 1);
            }
            String tag = null;
            int at = p.lastIndexOf('@');
            if (at > 0) {
                tag = p.substring(at + 1);
                p = p.substring(0, at);
            }
            Set<String> words = new HashSet<>();
            List<String> suffixes = new ArrayList<>();
            Set<String> excluded = new HashSet<>();
            List<String> excludedSuffixes = new ArrayList<>();
            for (String alt : p.split("\\|")) {
                String a = alt.strip().toLowerCase(Locale.ROOT);
                if (a.startsWith("$")) {
                    Set<String> set = sets.get(a.substring(1));
                    if (set == null) {
                        throw new IllegalArgumentException("unknown word set " + a + " in \"" + part + "\"");
                    }
                    words.addAll(set);
                } else if (a.length() > 1 && a.startsWith("*")) {
                    suffixes.add(a.substring(1));
                } else if (a.length() > 2 && a.startsWith("-*")) {
                    excludedSuffixes.add(a.substring(2));
                } else if (a.length() > 1 && a.startsWith("-")) {
                    excluded.add(a.substring(1));
                } else if (!a.isEmpty()) {
                    words.add(a);
                }
            }
            if (words.isEmpty() && suffixes.isEmpty()) {
                throw new IllegalArgumentException("empty pattern element \"" + part + "\"");
            }
            return new Element(Set.copyOf(words), List.copyOf(suffixes), Set.copyOf(excluded),
                    List.copyOf(excludedSuffixes), tag, optional, repeat, 0);
        }

        boolean test(String lower, String lemma, String tokenTag) {
            if (tag != null && !tag.equals(tokenTag) || excluded.contains(lower)
                    || excludedSuffixes.stream().anyMatch(lower::endsWith)) {
                return false;
            }
            if (words.contains(lower) || words.contains(lemma)) {
                return true;
            }
            for (String s : suffixes) {
                if (lower.endsWith(s) || lemma.endsWith(s)) {
                    return true;
                }
            }
            return false;
        }
    }
}
