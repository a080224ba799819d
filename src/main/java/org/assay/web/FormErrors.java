package org.assay.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was wrong with a submitted form, by field name, so the page can be shown again with the messages and the
 * values the user typed.
 *
 * @param messages field name to message, in form order
 */
public record FormErrors(Map<String, String> messages) {

    public static final FormErrors NONE = new FormErrors(Map.of());

    public FormErrors {
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    /** Collects errors in the order they are added. */
    public static final class Builder {
        private final Map<String, String> messages = new LinkedHashMap<>();

        public Builder add(String field, String message) {
            messages.putIfAbsent(field, message);
            return this;
        }

        public Builder addIf(boolean wrong, String field, String message) {
            return wrong ? add(field, message) : this;
        }

        public FormErrors build() {
            return new FormErrors(messages);
        }
    }
}
