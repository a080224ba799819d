package org.assay.rubric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.assay.engine.rubric.RubricParser;

/** Reads a bank folder: bank.yaml and one rubric file per listed question, checked by the engine's parser. */
@ApplicationScoped
public class BankReader {

    private final RubricParser parser = new RubricParser();

    BankFolder read(Path folder) {
        var problems = new ArrayList<String>();
        Map<?, ?> bank = yaml(folder.resolve("bank.yaml"), problems);
        var key = text(bank, "id");
        var qids = bank.get("questions") instanceof List<?> list ? list : List.of();
        if (key.isEmpty() || qids.isEmpty()) {
            problems.add("bank.yaml: needs an id and a list of questions");
        }
        var questions = new ArrayList<BankFolder.QuestionFile>();
        for (var qid : qids) {
            var file = qid + ".yaml";
            var content = readString(folder.resolve(file), problems);
            var result = parser.parse(file, content);
            result.problems().forEach(p -> problems.add(p.toString()));
            result.rubric().ifPresent(rubric -> questions.add(new BankFolder.QuestionFile(rubric.id(), rubric.title(),
                    rubric.points(), content, sha256(content), List.of())));
        }
        var minutes = bank.get("time_limit_minutes") instanceof Integer n ? n : 0;
        return new BankFolder(key, text(bank, "title"), text(bank, "description").strip(), minutes, questions,
                problems);
    }

    private static Map<?, ?> yaml(Path file, List<String> problems) {
        try {
            var loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(readString(file, problems));
            return loaded instanceof Map<?, ?> map ? map : Map.of();
        } catch (RuntimeException e) {
            problems.add(file.getFileName() + ": not valid YAML: " + e.getMessage());
            return Map.of();
        }
    }

    private static String readString(Path file, List<String> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file.getFileName() + ": cannot be read: " + e.getMessage());
            return "";
        }
    }

    private static String text(Map<?, ?> map, String key) {
        return map.get(key) == null ? "" : map.get(key).toString();
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
