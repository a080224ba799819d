package org.assay.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Sentence;
import org.assay.engine.text.Token;

/**
 * Which of the rubric's entities each clause of an answer speaks of. A clause speaks of every entity it names (not
 * under a negation) and of its subject: the entities named before its first verb, else the entity a pronoun in that
 * place stands for ("it", "they", "this one", "the former", "the latter", "the other"), else the entity of a
 * heading or table row the clause sits under ("DPO: no reward model", "| BERT | bidirectional |"). A clause that
 * speaks of no entity is neutral. One instance per answer; immutable once built.
 */
final class ClaimSubjects {

    /** Pronouns that stand for the entity the previous claim was about. */
    private static final Set<String> PERSONAL = Set.of("it", "its", "they", "their");
    /** Markup that may open a heading or a table row before the entity's name. */
    private static final Set<String> MARKUP = Set.of("-", "*", "#", "##", "###", "|", "•", ">", "**", ".", ")");
    /** Markup that, right after an entity's name, makes the rest of the line about it. */
    private static final Set<String> HEADING_END = Set.of(":", "|", "-", "–", "—", "=", "=>", "->", "**");

    /** What may stand between the words of a name: "decoder-only", "encoder/decoder". */
    private static final Set<String> JOINERS = Set.of("-", "–", "/");
    /** Where a sentence may go on with a new subject. */
    private static final Set<String> BOUNDARIES = Set.of(",", ":", "and", "so", "because", "since", "as", "-", "–",
            "—");
    private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV");
    private static final int MAX_SUBJECT_WORDS = 5;
    /** Verbs that take the thing named after them away from the subject: "DPO skips the separate reward model". */
    private static final Set<String> REMOVING = Set.of("remove", "drop", "skip", "replace", "eliminate", "avoid",
            "bypass", "cut", "ditch", "lose", "lack", "omit", "abandon", "discard", "sidestep", "substitute");
    /** Entities beyond this many are not looked for; a question compares a handful. */
    static final int MAX_ENTITIES = 63;

    private final List<Token> tokens;
    private final int entityCount;
    /** Per token: a bit per entity its clause speaks of. */
    private final long[] about;
    /** Per token: the first token of the part of its clause that has one subject. */
    private final int[] segment;

    private ClaimSubjects(List<Token> tokens, int entityCount, long[] about, int[] segment) {
        this.tokens = tokens;
        this.entityCount = entityCount;
        this.about = about;
        this.segment = segment;
    }

    /** No entities declared: every clause is neutral. */
    static ClaimSubjects none(AnalyzedText text) {
        return new ClaimSubjects(text.tokens(), 0, new long[text.tokens().size()], new int[text.tokens().size()]);
    }

    static ClaimSubjects of(AnalyzedText text, List<CompiledEntity> entities) {
        if (entities.isEmpty()) {
            return none(text);
        }
        return new Reader(text, entities.subList(0, Math.min(entities.size(), MAX_ENTITIES))).read();
    }

    /** True when the rubric declares entities at all. */
    boolean any() {
        return entityCount > 0;
    }

    /**
     * Tokens in clauses that speak of some other entity and not of this one: a claim found there is said of the
     * wrong thing.
     */
    BitSet elsewhere(int entity) {
        BitSet out = new BitSet(tokens.size());
        if (entity < 0 || entity >= entityCount) {
            return out;
        }
        for (int i = 0; i < about.length; i++) {
            if (about[i] != 0 && (about[i] & 1L << entity) == 0) {
                out.set(i);
            }
        }
        return out;
    }

    /** True when tokens {@code from} to {@code to} (exclusive) speak of other entities and never of this one. */
    boolean onlyOfOthers(int from, int to, int entity) {
        if (entity < 0) {
            return false;
        }
        boolean others = false;
        for (int i = from; i < to && i < about.length; i++) {
            if ((about[i] & 1L << entity) != 0) {
                return false;
            }
            others |= about[i] != 0;
        }
        return others;
    }

    /**
     * True when tokens {@code first} to {@code last} say something of their subject: they lie in one part of a clause
     * with one subject, and no verb there takes them away from it ("skips the separate reward model").
     */
    boolean saidOfSubject(int first, int last) {
        if (segment[first] != segment[last]) {
            return false;
        }
        for (int i = segment[first]; i < first; i++) {
            if (REMOVING.contains(tokens.get(i).lemma())) {
                return false;
            }
        }
        return true;
    }

    /** The entity (index) the clause of a token speaks of first, or -1 when it is neutral. */
    int entityAt(int token) {
        return about[token] == 0 ? -1 : Long.numberOfTrailingZeros(about[token]);
    }

    /** One pass over an answer. */
    private static final class Reader {
        private final AnalyzedText text;
        private final List<Token> tokens;
        private final List<CompiledEntity> entities;
        /** Per token: the entity it names (the whole name is marked), or -1. */
        private final int[] mention;
        private final long[] about;
        /** Per token: the first token of its segment (a clause, or part of one with its own subject). */
        private final int[] segment;
        /** Entities in the order they were last named, most recent last. */
        private final List<Integer> recent = new ArrayList<>();
        private long lastSubject;

        Reader(AnalyzedText text, List<CompiledEntity> entities) {
            this.text = text;
            this.tokens = text.tokens();
            this.entities = entities;
            this.mention = new int[tokens.size()];
            this.about = new long[tokens.size()];
            this.segment = new int[tokens.size()];
            Arrays.fill(mention, -1);
        }

        ClaimSubjects read() {
            findMentions();
            long section = 0;
            for (Sentence s : text.sentences()) {
                long heading = heading(s);
                boolean headingOnly = heading != 0 && onlyHeading(s);
                if (headingOnly) {
                    section = heading;
                }
                long sentenceDefault = heading != 0 ? heading : section;
                for (List<Integer> clause : clauses(s)) {
                    for (List<Integer> segment : segments(clause)) {
                        readClause(segment, sentenceDefault);
                    }
                }
            }
            return new ClaimSubjects(tokens, entities.size(), about, segment);
        }

        private void readClause(List<Integer> clause, long fallback) {
            int verb = clause.size();
            for (int k = 0; k < clause.size(); k++) {
                if (isVerb(clause.get(k))) {
                    verb = k;
                    break;
                }
            }
            long named = 0;
            long subject = 0;
            for (int k = 0; k < clause.size(); k++) {
                int i = clause.get(k);
                if (mention[i] >= 0 && !tokens.get(i).negated()) {
                    named |= 1L << mention[i];
                    subject |= k < verb ? 1L << mention[i] : 0;
                }
            }
            if (subject == 0) {
                subject = pronoun(clause, verb);
            }
            if (subject == 0) {
                subject = fallback;
            }
            long all = subject | named;
            for (int i : clause) {
                about[i] = all;
            }
            if (subject != 0) {
                lastSubject = subject;
            }
            for (int i : clause) {
                if (mention[i] >= 0 && (i == 0 || mention[i - 1] != mention[i])) {
                    recent.remove(Integer.valueOf(mention[i]));
                    recent.add(mention[i]);
                }
            }
        }

        /**
         * A clause cut where a new subject and its verb follow a comma, colon or conjunction ("Base just completes
         * text, the tuned one follows instructions"), since the splitter keeps such a sentence whole.
         */
        private List<List<Integer>> segments(List<Integer> clause) {
            List<List<Integer>> out = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            for (int k = 0; k < clause.size(); k++) {
                int i = clause.get(k);
                current.add(i);
                boolean complete = current.stream().anyMatch(this::isVerb);
                if (complete && BOUNDARIES.contains(tokens.get(i).lower()) && newSubjectAfter(clause, k)) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                out.add(current);
            }
            for (List<Integer> segment : out) {
                for (int i : segment) {
                    this.segment[i] = segment.get(0);
                }
            }
            return out;
        }

        /** A noun group naming an entity or a pronoun, then a verb, right after position k of the clause. */
        private boolean newSubjectAfter(List<Integer> clause, int k) {
            boolean subject = false;
            for (int j = k + 1; j < clause.size() && j <= k + 1 + MAX_SUBJECT_WORDS; j++) {
                Token t = tokens.get(clause.get(j));
                if (isVerb(t.index()) && j > k + 1) {
                    return subject;
                }
                if (mention[t.index()] >= 0 || PERSONAL.contains(t.lower())) {
                    subject = true;
                } else if (!NOMINAL.contains(t.tag()) && !JOINERS.contains(t.text())) {
                    return false;
                }
            }
            return false;
        }

        /** A verb that is not part of a name: "tuned" in "the instruction-tuned model" names, it does not predicate. */
        private boolean isVerb(int token) {
            return mention[token] < 0 && tokens.get(token).isVerb();
        }

        /** The entity a pronoun before the clause's verb stands for, as a bit set; 0 when there is none. */
        private long pronoun(List<Integer> clause, int verb) {
            for (int k = 0; k < Math.min(verb, clause.size()); k++) {
                Token t = tokens.get(clause.get(k));
                Token previous = k > 0 ? tokens.get(clause.get(k - 1)) : null;
                Token next = k + 1 < clause.size() ? tokens.get(clause.get(k + 1)) : null;
                String w = t.lower();
                if (PERSONAL.contains(w)) {
                    return lastSubject != 0 ? lastSubject : last(0);
                }
                boolean afterThe = previous != null && "the".equals(previous.lower());
                if (afterThe && "former".equals(w)) {
                    return last(1);
                }
                if (afterThe && "latter".equals(w)) {
                    return last(0);
                }
                if (afterThe && "other".equals(w)) {
                    long newest = last(0);
                    return (lastSubject & newest) != 0 ? last(1) : newest;
                }
                if (("this".equals(w) || "that".equals(w)) && next != null && "one".equals(next.lower())) {
                    return last(0);
                }
            }
            return 0;
        }

        /** The entity named {@code back} places before the most recent one, as a bit set; 0 when there is none. */
        private long last(int back) {
            int at = recent.size() - 1 - back;
            return at >= 0 ? 1L << recent.get(at) : 0;
        }

        /** The entity a line opens with, as a heading or a table row's first cell; 0 when it opens otherwise. */
        private long heading(Sentence s) {
            int i = s.firstToken();
            while (i < s.endToken() && MARKUP.contains(tokens.get(i).text())) {
                i++;
            }
            if (i >= s.endToken() || mention[i] < 0) {
                return 0;
            }
            int entity = mention[i];
            while (i < s.endToken() && mention[i] == entity) {
                i++;
            }
            boolean ends = i == s.endToken() || HEADING_END.contains(tokens.get(i).text());
            return ends ? 1L << entity : 0;
        }

        /** A line that holds nothing but an entity's name and markup: it heads the lines below it. */
        private boolean onlyHeading(Sentence s) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (mention[i] < 0 && tokens.get(i).isWord()) {
                    return false;
                }
            }
            return true;
        }

        /** The sentence's clauses, each as its token indices in order, ordered by their first token. */
        private List<List<Integer>> clauses(Sentence s) {
            Map<Integer, List<Integer>> byClause = new LinkedHashMap<>();
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                byClause.computeIfAbsent(tokens.get(i).clause(), c -> new ArrayList<>()).add(i);
            }
            return new ArrayList<>(byClause.values());
        }

        /** Marks every place a name of an entity appears, longest names first so "encoder-decoder" is one name. */
        private void findMentions() {
            List<int[]> byLength = new ArrayList<>();
            for (int e = 0; e < entities.size(); e++) {
                for (int n = 0; n < entities.get(e).names().size(); n++) {
                    byLength.add(new int[] {e, n});
                }
            }
            byLength.sort((a, b) -> Integer.compare(name(b).size(), name(a).size()));
            for (int[] en : byLength) {
                List<CompiledEntity.Word> name = name(en);
                for (int i = 0; i < tokens.size(); i++) {
                    int end = matchAt(name, i);
                    if (end > 0) {
                        for (int j = i; j < end; j++) {
                            mention[j] = en[0];
                        }
                    }
                }
            }
        }

        private List<CompiledEntity.Word> name(int[] en) {
            return entities.get(en[0]).names().get(en[1]);
        }

        /** The index after the name when it starts at token i on tokens no other name took; else -1. */
        private int matchAt(List<CompiledEntity.Word> name, int i) {
            if (name.isEmpty()) {
                return -1;
            }
            int j = i;
            for (int w = 0; w < name.size(); w++) {
                while (w > 0 && j < tokens.size() && JOINERS.contains(tokens.get(j).text())) {
                    j++;
                }
                if (j >= tokens.size() || mention[j] >= 0 || !matches(name.get(w), tokens.get(j))) {
                    return -1;
                }
                j++;
            }
            return j;
        }

        private static boolean matches(CompiledEntity.Word word, Token t) {
            return t.lower().equals(word.lower()) || t.lemma().equals(word.lemma()) || t.lemma().equals(word.lower())
                    || t.lower().equals(word.lower() + "s");
        }
    }
}
