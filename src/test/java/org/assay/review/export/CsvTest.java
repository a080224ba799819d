package org.assay.review.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainCellsAreWrittenAsTheyAre() {
        assertThat(Csv.row(List.of("12", "Ada Lovelace", ""))).isEqualTo("12,Ada Lovelace,\r\n");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.cell("Smith, Jane")).isEqualTo("\"Smith, Jane\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void keepsNegativeNumbersAsNumbers() {
        assertThat(Csv.cell("-1.5")).isEqualTo("-1.5");
        assertThat(Csv.cell("-2")).isEqualTo("-2");
        assertThat(Csv.cell("-2-1")).isEqualTo("'-2-1");
        assertThat(Csv.cell("-1E5")).isEqualTo("'-1E5");
    }
}
