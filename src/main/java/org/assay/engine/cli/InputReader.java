package org.assay.engine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads the JSON Lines input, reporting each malformed line by number and keeping the others. */
final class InputReader {

    private final ObjectMapper json;
    private final Predicate<String> knownQid;
    private final boolean needsReference;
    private final Optional<String> cvField;

    /**
     * @param knownQid which question ids can be graded
     * @param needsReference whether lines must carry question and reference (draft mode)
     * @param cvField the field that names a line's fold, if any
     */
    InputReader(ObjectMapper json, Predicate<String> knownQid, boolean needsReference, Optional<String> cvField) {
        this.json = json;
        this.knownQid = knownQid;
        this.needsReference = needsReference;
        this.cvField = cvField;
    }

    /** Reads every line; blank lines are skipped. */
    List<InputRow> read(Path file, LineErrors errors) throws IOException {
        List<InputRow> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    parse(number, line, errors).ifPresent(rows::add);
                }
            }
        }
        return rows;
    }

    private Optional<InputRow> parse(int number, String line, LineErrors errors) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            errors.report(number, "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode fields)) {
            errors.report(number, "not a JSON object");
            return Optional.empty();
        }
        Optional<String> problem = problem(fields);
        if (problem.isPresent()) {
            errors.report(number, problem.get(), fields);
            return Optional.empty();
        }
        JsonNode score = fields.get("score");
        OptionalDouble human = score == null || score.isNull() ? OptionalDouble.empty()
                : OptionalDouble.of(score.asDouble());
        Optional<String> kind = Optional.ofNullable(fields.get("kind")).filter(JsonNode::isValueNode)
                .map(JsonNode::asText);
        String group = cvField.map(fields::get).filter(JsonNode::isValueNode).map(JsonNode::asText).orElse("");
        return Optional.of(new InputRow(number, fields, fields.get("qid").asText(), fields.get("answer").asText(),
                human, kind, group));
    }

    /** What is wrong with a parsed line, if anything. */
    private Optional<String> problem(ObjectNode fields) {
        JsonNode qid = fields.get("qid");
        if (qid == null || !(qid.isTextual() || qid.isIntegralNumber()) || qid.asText().isBlank()) {
            return Optional.of("missing \"qid\"");
        }
        JsonNode answer = fields.get("answer");
        if (answer == null || !answer.isTextual()) {
            return Optional.of("missing \"answer\" (it must be a JSON string)");
        }
        JsonNode score = fields.get("score");
        if (score != null && !score.isNull() && !score.isNumber()) {
            return Optional.of("\"score\" must be a number, not " + score);
        }
        if (needsReference) {
            for (String field : List.of("question", "reference")) {
                JsonNode text = fields.get(field);
                if (text == null || !text.isTextual() || text.asText().isBlank()) {
                    return Optional.of("missing \"" + field + "\", needed to draft a rubric");
                }
            }
        } else if (!knownQid.test(qid.asText())) {
            return Optional.of("unknown qid \"" + qid.asText() + "\": the bank has no such question");
        }
        return Optional.empty();
    }
}
