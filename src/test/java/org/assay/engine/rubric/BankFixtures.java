package org.assay.engine.rubric;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid bank as uploaded files, for the loader and writer tests. */
final class BankFixtures {

    static final String BANK = """
            id: tiny
            title: Tiny bank
            description: Two questions for tests.
            time_limit_minutes: 20
            questions: [q01, q02]
            """;

    static final String Q01 = """
            id: q01
            title: Tokens
            prompt: What is a token?
            points: 10
            model_answer: A token is a small piece of text, often part of a word.
            criteria:
              - id: piece
                label: A token is a piece of text
                points: 10
                keywords: [piece, text, word]
            """;

    static final String Q01_EXAMPLES = """
            - kind: excellent
              answer: A token is a small piece of text that a model reads, often a part of a word.
              score: 10
            - kind: keyword_list
              answer: piece text word
              score: 2
              tolerance: 2
              flags: [KEYWORD_LIST]
            """;

    static final String Q02 = """
            id: q02
            title: Embeddings
            prompt: What is an embedding?
            points: 5
            model_answer: A vector of numbers that places similar meanings close together.
            criteria:
              - id: vector
                label: An embedding is a vector
                points: 5
                expressions: [vector of numbers]
            """;

    private BankFixtures() {
    }

    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bank.yaml", BANK);
        files.put("q01.yaml", Q01);
        files.put("q01.examples.yaml", Q01_EXAMPLES);
        files.put("q02.yaml", Q02);
        return files;
    }

    static Map<String, String> with(String name, String content) {
        Map<String, String> files = files();
        files.put(name, content);
        return files;
    }

    static Map<String, String> without(String name) {
        Map<String, String> files = files();
        files.remove(name);
        return files;
    }
}
