package org.assay.rubric;

/**
 * A bank as the banks page lists it.
 *
 * @param key the bank's id
 * @param title name shown to admins
 * @param description a few sentences; may be empty
 * @param timeLimitMinutes default time limit
 * @param questions how many questions it has
 */
public record BankRow(String key, String title, String description, int timeLimitMinutes, long questions) {
}
