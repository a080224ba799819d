package org.assay.engine.text;

import java.util.Set;

/** English function words that carry no content of their own. OpenNLP ships no list, so this is ours. */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "else", "of", "in", "on", "at", "to", "from", "by",
            "with", "for", "as", "into", "onto", "about", "over", "under", "between", "through", "during", "before",
            "after", "above", "below", "up", "down", "out", "off", "again", "further", "this", "that", "these",
            "those", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "he", "him", "his",
            "himself", "she", "her", "hers", "herself", "we", "us", "our", "ours", "ourselves", "you", "your",
            "yours", "yourself", "i", "me", "my", "mine", "myself", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had",
            "having", "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "there", "here", "so", "such", "than", "too", "very", "just", "also", "only", "both",
            "each", "every", "all", "any", "some", "more", "most", "other", "others", "another", "own", "many",
            "much", "s", "'s", "'", "etc", "e.g.", "i.e.", "eg", "ie", "via", "per", "because", "while", "whereas",
            "although", "though", "whether", "either", "since", "until", "upon", "within", "against", "among",
            "around", "like", "really", "even", "still", "already", "yes", "ok", "okay", "let", "lets", "let's",
            "one", "ones", "something", "someone", "anything", "everything", "thing", "things", "way", "ways",
            "get", "gets", "got", "well", "however", "therefore", "thus", "hence", "instead", "rather", "quite",
            "basically", "actually", "simply", "usually", "often", "always", "sometimes", "kind", "sort", "lot",
            "lots", "bit", "said", "say", "says", "'re", "'ve", "'ll", "'d", "'m", "re", "ve", "ll");

    private StopWords() {
    }

    /** True when the lower-case word is a stop word. */
    public static boolean contains(String lower) {
        return WORDS.contains(lower);
    }
}
