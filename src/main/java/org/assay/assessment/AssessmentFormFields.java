package org.assay.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import org.assay.web.FormErrors;
import org.assay.web.InvalidInputException;

/**
 * The assessment form as posted. Each question row sends its id ({@code qid}), its place in the order
 * ({@code position}) and a suggested time ({@code guidance}), all three for every row so the lists line up; the
 * ticked boxes ({@code questions}) say which rows are chosen. Without positions the ticked order is kept.
 */
public class AssessmentFormFields {

    private static final int NUMBER_MAX_CHARS = 4;

    @RestForm
    public String title;

    @RestForm
    public String bank;

    @RestForm
    public List<String> questions;

    @RestForm
    public List<String> qid;

    @RestForm
    public List<String> position;

    @RestForm
    public List<String> guidance;

    @RestForm
    public Integer timeLimitMinutes;

    @RestForm
    public boolean blindReview;

    @RestForm
    public boolean shuffle;

    private record Row(String qid, int index, Integer position) {
    }

    /** The form as the service takes it; numbers that do not parse are left out here and reported by check. */
    public AssessmentForm form() {
        var picked = questions == null ? List.<String>of() : questions;
        var ids = qid == null ? List.<String>of() : qid;
        var guidanceMinutes = new LinkedHashMap<String, Integer>();
        if (!aligned()) {
            return new AssessmentForm(title, bank, picked, timeLimitMinutes, blindReview, shuffle, guidanceMinutes);
        }
        var rows = new ArrayList<Row>();
        for (int i = 0; i < ids.size(); i++) {
            if (picked.contains(ids.get(i))) {
                rows.add(new Row(ids.get(i), i, number(position.get(i))));
                var minutes = number(guidance.get(i));
                if (minutes != null) {
                    guidanceMinutes.put(ids.get(i), minutes);
                }
            }
        }
        // Numbered rows by their number, rows left blank after them; ties keep the order on the page
        rows.sort(Comparator.comparing((Row row) -> row.position() == null ? Integer.MAX_VALUE : row.position())
                .thenComparingInt(Row::index));
        return new AssessmentForm(title, bank, rows.stream().map(Row::qid).toList(), timeLimitMinutes, blindReview,
                shuffle, guidanceMinutes);
    }

    /** Refuses order or time entries that are not whole numbers, before anything is saved. */
    public void check() {
        if (!aligned()) {
            return;
        }
        var errors = new FormErrors.Builder();
        errors.addIf(position.stream().anyMatch(AssessmentFormFields::notNumber), "questions",
                "Give each place in the order as a whole number, or leave it empty.");
        errors.addIf(guidance.stream().anyMatch(AssessmentFormFields::notNumber), "guidance",
                "Give each suggested time in whole minutes, or leave it empty.");
        if (errors.build().any()) {
            throw new InvalidInputException(errors.build());
        }
    }

    private boolean aligned() {
        return qid != null && !qid.isEmpty() && position != null && guidance != null
                && position.size() == qid.size() && guidance.size() == qid.size();
    }

    private static boolean notNumber(String text) {
        return text != null && !text.isBlank() && number(text) == null;
    }

    private static Integer number(String text) {
        var stripped = text == null ? "" : text.strip();
        return stripped.matches("\\d{1," + NUMBER_MAX_CHARS + "}") ? Integer.valueOf(stripped) : null;
    }
}
