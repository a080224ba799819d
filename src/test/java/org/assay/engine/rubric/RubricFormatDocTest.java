package org.assay.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The examples in docs/grading.md are valid, so an admin who copies them starts from working files. */
class RubricFormatDocTest {

    private static final Path DOC = Path.of("docs/grading.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void theSampleRubricParses() throws IOException {
        String q06 = yamlBlocks().stream().filter(b -> b.startsWith("id: q06")).findFirst().orElseThrow();

        ParseResult result = new RubricParser().parse("q06.yaml", q06);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rubric().orElseThrow().criteria()).hasSize(2);
    }

    @Test
    void theCompleteSmallBankLoadsWithoutProblems() throws IOException {
        String doc = Files.readString(DOC);
        Map<String, String> files = Map.of(
                "bank.yaml", blockAfter(doc, "`rubrics/tiny/bank.yaml`:"),
                "q01.yaml", blockAfter(doc, "`rubrics/tiny/q01.yaml`:"),
                "q01.examples.yaml", blockAfter(doc, "`rubrics/tiny/q01.examples.yaml`:"));

        LoadedBank bank = new BankLoader().load(files);

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.examples().get("q01")).hasSize(3);
    }

    private static List<String> yamlBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(Files.readString(DOC));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static String blockAfter(String doc, String caption) {
        Matcher matcher = YAML_BLOCK.matcher(doc);
        assertThat(matcher.find(doc.indexOf(caption))).as(caption).isTrue();
        return matcher.group(1);
    }
}
