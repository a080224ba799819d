package org.assay.engine.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.assay.engine.text.AnalyzedText;
import org.assay.engine.text.Token;

/**
 * Finds enumerations: terms given as items of a list instead of being said something about. The text is cut into
 * segments at commas, semicolons, slashes, bullets, "and", "or" and sentence ends. A segment is a bare item when it
 * has no predicate (no auxiliary or colon, at most {@value #MAX_TERM_WORDS} words or {@value #SHORT_TERM_WORDS} with a
 * verb, not a modifier opening with a preposition, conjunction or pronoun such as "for classification");
 * {@value #MIN_ITEMS}
 * or more bare items in a row, at most one in {@value #SEGMENTS_PER_CLAUSE} of them a short clause, are an
 * enumeration, together with the noun phrase that ends the clause before them ("Relevant here are A, B, C").
 * That clause, or a line ending in a colon just before the items, is the enumeration's frame. When the frame has a
 * subject the question is about (or a pronoun standing for it) and a verb or colon ("The transformer has A, B and C",
 * "It computes Q, K and V", "GPT: decoder-only, causal,
 * generation"), the items are what the answer says about that subject, and they are not a list; any other frame
 * ("Relevant here are", "Key terms:") leaves them a list. A run of {@value #MIN_RUN_WORDS} or more words with nothing
 * joining them (no article, preposition, auxiliary or conjunction) is a list of its words. Stateless and thread-safe.
 */
public final class KeywordListCheck {

    /** A verbless segment of at most this many words counts as a bare term. */
    public static final int MAX_TERM_WORDS = 6;
    /** A segment this short is a bare term even with a verb, when nothing before the verb is its subject. */
    public static final int SHORT_TERM_WORDS = 4;
    /** Share of the answer's words in list items that makes the whole answer a list. */
    public static final double BARE_SHARE = 0.75;
    /** Fewest items in an enumeration. */
    public static final int MIN_ITEMS = 4;
    /** At most one item in this many may look like a short clause (a noun, then a verb and more). */
    public static final int SEGMENTS_PER_CLAUSE = 4;
    /** Fewest words run together without any joining word that count as a list of them. */
    public static final int MIN_RUN_WORDS = 8;

    private static final Set<String> SEPARATORS = Set.of(",", ";", "/", "|", "•", "·", "–", "—", "and", "or", "&");
    private static final Set<String> SUBJECT_TAGS = Set.of("NOUN", "PROPN");
    private static final Set<String> PARTICLES = Set.of("ADP", "PART");
    /** Words that open a look back at the items as a whole: "all of which", "each of these", "those are". */
    private static final Set<String> GATHERING = Set.of("all", "each", "every", "both", "together");
    private static final Set<String> BACK_REFERENCES = Set.of("which", "these", "those", "them", "they");
    /**
     * Lemmas of a remark on how much the items matter rather than what they do ("all of which play a role", "each
     * of these is essential"): after such a remark the items are a list, whatever frames them.
     */
    private static final Set<String> WEIGHING = Set.of("important", "central", "key", "essential", "crucial",
            "relevant", "matter", "role", "part", "consider", "play", "contribute", "concept", "piece", "ingredient",
            "factor", "element", "component", "aspect", "need", "fundamental");
    /** A remark that gives a reason explains the items: "these matter because they train in parallel". */
    private static final Set<String> REASONS = Set.of("because", "since", "so", "by", "therefore", "thus", "as");
    /** Pronouns that stand for what the answer is about ("it uses A, B and C"); "these" or "all" do not. */
    private static final Set<String> PERSONAL = Set.of("it", "they", "we", "you", "i", "he", "she");

    /** True when most of the answer's words are list items; no subject is known, so any noun can frame a list. */
    public boolean isKeywordList(AnalyzedText text) {
        return analyze(text, Set.of()).mostlyItems();
    }

    /**
     * The answer's list items.
     *
     * @param text the analysed answer
     * @param subjects lemmas of what the question is about; a frame whose subject is one of them says something
     *     about it. Empty: any noun can be such a subject
     */
    public Enumerations analyze(AnalyzedText text, Set<String> subjects) {
        List<Segment> segments = segments(text);
        BitSet items = new BitSet();
        for (Segment s : segments) {
            s.markJuxtaposed(text, items);
        }
        int i = 0;
        while (i < segments.size()) {
            Segment s = segments.get(i);
            if (!s.bare(text)) {
                i++;
                continue;
            }
            int end = i;
            while (end < segments.size() && segments.get(end).bare(text)) {
                end++;
            }
            int first = i;
            Segment before = i > 0 ? segments.get(i - 1) : null;
            if (s.opensWithSubject(text) && end - i > 1) {
                // a short clause that opens the run introduces it: "You compute Q, K and V"
                before = s;
                first = i + 1;
            }
            int tail = before == null ? -1 : before.tail(text, segments.get(first));
            int count = end - first + (tail >= 0 ? 1 : 0);
            int clauses = 0;
            for (int k = first; k < end; k++) {
                clauses += segments.get(k).clauseLike(text) ? 1 : 0;
            }
            // a few short clauses may be terms the tagger misread; more make it a series of statements
            if (count >= MIN_ITEMS && clauses * SEGMENTS_PER_CLAUSE <= count
                    && (!predicated(text, before, tail, segments.get(first), subjects)
                            || end < segments.size() && segments.get(end).weighsTheItems(text))) {
                for (int k = first; k < end; k++) {
                    segments.get(k).markAll(text, items);
                }
                if (tail >= 0) {
                    items.set(tail, before.end);
                }
            }
            i = end;
        }
        int itemWords = 0;
        for (int t = items.nextSetBit(0); t >= 0; t = items.nextSetBit(t + 1)) {
            itemWords += text.tokens().get(t).isWord() ? 1 : 0;
        }
        return new Enumerations(text, items, itemWords, text.wordCount());
    }

    /**
     * True when the items are said of a subject: the clause before them (up to its tail), or a line ending in a colon
     * just before them, has a subject followed by a verb or a colon.
     */
    private static boolean predicated(AnalyzedText text, Segment before, int tail, Segment first,
            Set<String> subjects) {
        List<Token> tokens = text.tokens();
        if (tail >= 0) {
            return hasSubjectThenPredicate(tokens, before.start, tail, subjects);
        }
        int sentence = tokens.get(first.start).sentence();
        if (sentence == 0 || first.start == 0) {
            return false;
        }
        Token previous = tokens.get(first.start - 1);
        if (previous.sentence() != sentence - 1 || !":".equals(previous.text())) {
            return false;
        }
        var frame = text.sentences().get(sentence - 1);
        return hasSubjectThenPredicate(tokens, frame.firstToken(), frame.endToken(), subjects);
    }

    /**
     * True when a subject comes before a verb or colon. A noun inside a prepositional phrase is not the subject: in
     * "The main parts of RLHF are A, B and C" the subject is "parts", so the items are not said of RLHF. The phrase
     * ends at a determiner that follows its noun ("At a high level the transformer has ...").
     */
    private static boolean hasSubjectThenPredicate(List<Token> tokens, int from, int to, Set<String> subjects) {
        boolean subject = false;
        boolean inPhrase = false;
        boolean afterNoun = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (subject && (t.isVerb() || ":".equals(t.text()))) {
                return true;
            }
            boolean noun = SUBJECT_TAGS.contains(t.tag());
            if ("ADP".equals(t.tag())) {
                inPhrase = true;
            } else if ("DET".equals(t.tag()) && afterNoun) {
                inPhrase = false;
            }
            subject |= !inPhrase && noun && (subjects.isEmpty() || subjects.contains(t.lemma()))
                    || PERSONAL.contains(t.lower());
            afterNoun = noun;
        }
        return false;
    }

    private static List<Segment> segments(AnalyzedText text) {
        List<Segment> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int start = 0;
        for (int k = 0; k <= tokens.size(); k++) {
            boolean boundary = k == tokens.size() || SEPARATORS.contains(tokens.get(k).lower())
                    || tokens.get(k).sentence() != tokens.get(start).sentence();
            if (!boundary) {
                continue;
            }
            if (hasWord(tokens, start, k)) {
                out.add(new Segment(start, k));
            }
            start = k < tokens.size() && SEPARATORS.contains(tokens.get(k).lower()) ? k + 1 : k;
        }
        return out;
    }

    private static boolean hasWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens from start (inclusive) to end (exclusive), between two separators. */
    private record Segment(int start, int end) {

        /**
         * A term rather than a statement: at most {@value #MAX_TERM_WORDS} words (at most {@value #SHORT_TERM_WORDS}
         * with a verb, since the tagger takes many nouns in lists for verbs: "function calling", "web search"), no
         * auxiliary or colon, and not a modifier opening with a preposition or conjunction ("for classification").
         */
        boolean bare(AnalyzedText text) {
            List<Token> tokens = text.tokens();
            int words = 0;
            boolean verb = false;
            Token first = null;
            for (int k = start; k < end; k++) {
                Token t = tokens.get(k);
                if ("AUX".equals(t.tag()) || ":".equals(t.text())) {
                    return false;
                }
                first = first == null && t.isWord() ? t : first;
                words += t.isWord() ? 1 : 0;
                verb |= t.isVerb();
                // a verb with its object is a predicate: "take the array", "read them"
                if (t.isVerb() && k + 1 < end && ("DET".equals(tokens.get(k + 1).tag())
                        || "PRON".equals(tokens.get(k + 1).tag()))) {
                    return false;
                }
            }
            // a preposition, conjunction or pronoun ("which add and remove data") the tagger is sure of: it also
            // calls "atomic" in "atomic unit" ADP
            boolean modifier = first != null && first.stopWord()
                    && ("ADP".equals(first.tag()) || "SCONJ".equals(first.tag()) || "PRON".equals(first.tag()));
            return !modifier && words <= (verb ? SHORT_TERM_WORDS : MAX_TERM_WORDS);
        }

        /**
         * A short clause whose subject is plainly one: it opens with a personal pronoun or a determiner ("You compute
         * Q", "The model uses A"), unlike terms the tagger misreads as clauses ("U-shaped curve", "n squared").
         */
        boolean opensWithSubject(AnalyzedText text) {
            Token opening = text.tokens().get(start);
            return clauseLike(text) && (PERSONAL.contains(opening.lower()) || "DET".equals(opening.tag()));
        }

        /** A short clause: a noun or pronoun, then a verb with something after it ("models read them"). */
        boolean clauseLike(AnalyzedText text) {
            List<Token> tokens = text.tokens();
            boolean subject = false;
            for (int k = start; k < end; k++) {
                Token t = tokens.get(k);
                if (subject && t.isVerb() && hasWord(tokens, k + 1, end)) {
                    return true;
                }
                subject |= SUBJECT_TAGS.contains(t.tag()) || "PRON".equals(t.tag());
            }
            return false;
        }

        /**
         * Marks runs of {@value #MIN_RUN_WORDS} or more words with nothing joining them: "transformer multi-head
         * attention residual layer norm", or "Diffusion is Gaussian noise UNet DiT denoising CLIP conditioning".
         */
        void markJuxtaposed(AnalyzedText text, BitSet items) {
            int runStart = -1;
            int words = 0;
            for (int k = start; k <= end; k++) {
                Token t = k < end ? text.tokens().get(k) : null;
                boolean joins = t == null || t.isWord() && (t.stopWord() || t.negationCue()) || ":".equals(t.text());
                if (joins) {
                    // shorter runs are often a sentence's subject: "the circular linked list's last node points"
                    if (words >= MIN_RUN_WORDS) {
                        items.set(runStart, k);
                    }
                    runStart = -1;
                    words = 0;
                } else if (t.isWord()) {
                    runStart = runStart < 0 ? k : runStart;
                    words++;
                }
            }
        }

        /**
         * The start of the noun phrase that ends this segment after its first verb or colon, when this segment
         * frames the bare items that follow it in the same sentence; -1 otherwise. The first one, because the
         * tagger takes some nouns in a list for verbs ("has encoder and decoder stacks").
         */
        int tail(AnalyzedText text, Segment next) {
            List<Token> tokens = text.tokens();
            if (tokens.get(start).sentence() != tokens.get(next.start).sentence()) {
                return -1;
            }
            int marker = -1;
            for (int k = start; k < end && marker < 0; k++) {
                Token t = tokens.get(k);
                if (t.isVerb() || ":".equals(t.text())) {
                    marker = k;
                }
            }
            if (marker < 0) {
                return -1;
            }
            // a phrasal verb's particles belong to the verb: "comes down to A", "rests on A", "consists of A"
            int after = marker + 1;
            while (after < end && PARTICLES.contains(tokens.get(after).tag()) && tokens.get(after).stopWord()) {
                after++;
            }
            if (!hasWord(tokens, after, end)) {
                return -1;
            }
            Segment rest = new Segment(after, end);
            return rest.bare(text) ? after : -1;
        }

        /**
         * This segment looks back at the items before it as a whole and says only that they matter: "all of which
         * play a role", "each of these is essential", "those are what matter here", with no reason given. Honest
         * answers say what each item does or why it matters; a frame that only weighs them lists them.
         */
        boolean weighsTheItems(AnalyzedText text) {
            List<Token> words = new ArrayList<>();
            for (int k = start; k < end; k++) {
                if (text.tokens().get(k).isWord()) {
                    words.add(text.tokens().get(k));
                }
            }
            if (words.isEmpty()) {
                return false;
            }
            String opening = words.get(0).lower();
            boolean back = "these".equals(opening) || "those".equals(opening);
            for (int k = 1; k < Math.min(words.size(), 4) && !back; k++) {
                back = GATHERING.contains(opening) && BACK_REFERENCES.contains(words.get(k).lower());
            }
            return back && words.stream().anyMatch(w -> WEIGHING.contains(w.lemma()) || WEIGHING.contains(w.lower()))
                    && words.stream().noneMatch(w -> REASONS.contains(w.lower()));
        }

        void markAll(AnalyzedText text, BitSet items) {
            items.set(start, end);
        }
    }

    /**
     * The list items of one answer.
     *
     * @param text the answer
     * @param items tokens that are items of an enumeration
     * @param itemWords words among them
     * @param words words in the answer
     */
    public record Enumerations(AnalyzedText text, BitSet items, int itemWords, int words) {

        /** True when most of the answer's words are list items. */
        public boolean mostlyItems() {
            return itemWords > 0 && itemWords >= BARE_SHARE * words;
        }

        /** True when every word between two offsets of the original text is a list item. */
        public boolean covers(int startOffset, int endOffset) {
            for (Token t : text.tokens()) {
                if (t.isWord() && t.start() < endOffset && t.end() > startOffset && !items.get(t.index())) {
                    return false;
                }
            }
            return true;
        }

        /** True when some word between two offsets of the original text is a list item. */
        public boolean overlaps(int startOffset, int endOffset) {
            for (Token t : text.tokens()) {
                if (t.isWord() && t.start() < endOffset && t.end() > startOffset && items.get(t.index())) {
                    return true;
                }
            }
            return false;
        }
    }
}
