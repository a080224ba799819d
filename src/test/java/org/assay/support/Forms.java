package org.assay.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a page's form the way a browser would send it: every enabled field with its current value. */
public final class Forms {

    private Forms() {
    }

    /** Fields of the form matched by {@code selector}, without buttons (a button adds its value when clicked). */
    public static Map<String, String> fields(Document page, String selector) {
        var form = page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " on the page: " + page.title());
        }
        var fields = new LinkedHashMap<String, String>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            if (disabled(field) || field.attr("type").equals("submit")) {
                continue;
            }
            var value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    var selected = field.selectFirst("option[selected]");
                    yield selected != null ? selected.attr("value") : field.select("option").first().attr("value");
                }
                default -> field.attr("value");
            };
            fields.put(field.attr("name"), value);
        }
        return fields;
    }

    private static boolean disabled(Element field) {
        return field.hasAttr("disabled") || field.parents().stream()
                .anyMatch(p -> p.tagName().equals("fieldset") && p.hasAttr("disabled"));
    }
}
