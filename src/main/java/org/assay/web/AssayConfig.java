package org.assay.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Every Assay setting, with its default. Set in application.properties or as ASSAY_... environment variables. A value
 * out of its range stops the start with an error that names the setting.
 */
@ConfigMapping(prefix = "assay")
public interface AssayConfig {

    /** Folder for the embedded database and caches. */
    @WithDefault("./data")
    String dataDir();

    /** Folder of rubric banks imported at start-up when the database has none of them yet. */
    @WithDefault("rubrics")
    String rubricsDir();

    /** Password of the first admin account; generated and logged once when absent. */
    Optional<String> adminPassword();

    /** Public base URL used in invitation links; defaults to the address Assay listens on. */
    Optional<String> baseUrl();

    /** Folder online backups of the embedded database are written to; defaults to backups under the data folder. */
    Optional<String> backupDir();

    Limits limits();

    Test test();

    Engine engine();

    Review review();

    Regrade regrade();

    Grading grading();

    Mail mail();

    // Named explicitly so that errors about it give the setting's real name, not the method's
    @WithName("group-commit")
    GroupCommitSettings groupCommit();

    interface GroupCommitSettings {
        /**
         * Shortest time between two writes of the embedded database's file for replies waiting on it: longer lets more
         * replies share a write under load, at the price of that much more wait for each.
         */
        @WithDefault("PT0.01S")
        @DurationMin
        Duration interval();
    }

    interface Mail {
        /** SMTP server (ASSAY_SMTP_HOST); without one Assay sends no mail and shows invitation links to copy. */
        Optional<String> host();

        /** How long before an unused invitation expires its candidate is reminded; PT0S sends no reminders. */
        @WithDefault("P2D")
        @DurationMin
        Duration reminderBefore();

        /** How often invitations are checked for a reminder to send. */
        @WithDefault("5m")
        @DurationMin(inclusive = false)
        Duration reminderCheck();

        /** Tries before a message that keeps failing is given up; the invitation shows it. */
        @WithDefault("8")
        @Min(1)
        int maxTries();

        /** Wait before the second try; each later try waits four times longer, at most a day. */
        @WithDefault("PT1M")
        @DurationMin
        Duration retryDelay();

        /** How often the outbox is sent. */
        @WithDefault("5s")
        @DurationMin(inclusive = false)
        Duration poll();
    }

    interface Limits {
        /** Longest answer a candidate may save, in characters. */
        @WithDefault("10000")
        @Min(1)
        int answerChars();

        /** Largest rubric file, in characters. */
        @WithDefault("200000")
        @Min(1)
        int rubricChars();

        /** Largest uploaded bank (YAML or zip), in bytes. */
        @WithDefault("5000000")
        @Min(1)
        long uploadBytes();

        /** Most files a bank zip may hold; the importer stops reading at the next one. */
        @WithDefault("500")
        @Min(1)
        int zipEntries();

        /** Failed logins in a row before the account is locked for a while. */
        @WithDefault("5")
        @Min(1)
        int failedLogins();

        /** How long a locked account stays locked. */
        @WithDefault("PT5M")
        @DurationMin
        Duration lockout();

        /** Shortest password an admin may give a new account. */
        @WithDefault("12")
        @Min(1)
        int passwordMinLength();

        /** How long a one-time set-password link made by an admin works. */
        @WithDefault("P1D")
        @DurationMin(inclusive = false)
        Duration passwordResetValidity();

        /** Most active API tokens one user may hold. */
        @WithDefault("20")
        @Min(0)
        int apiTokens();

        /** Most candidates one uploaded invitation file may list. */
        @WithDefault("500")
        @Min(1)
        int invitationRows();
    }

    interface Test {
        /** Saves arriving this long after the deadline are still accepted: they were in flight. */
        @WithDefault("PT15S")
        @DurationMin
        Duration grace();

        /** How long an invitation stays valid by default. */
        @WithDefault("P14D")
        @DurationMin(inclusive = false)
        Duration invitationValidity();

        /** Longest validity an admin may give an invitation. */
        @WithDefault("P365D")
        @DurationMin(inclusive = false)
        Duration maxInvitationValidity();

        /**
         * Longest time limit an assessment may have, in minutes. Keep it well under
         * {@code quarkus.rest-csrf.cookie-max-age}: a page left open that long must still submit its form.
         */
        @WithDefault("480")
        @Min(1)
        int maxTimeLimitMinutes();

        /**
         * Whom candidates contact about their test, such as "hiring@example.org" or "the hiring team at
         * hiring@example.org"; shown on every candidate page and on the page for a link that does not work.
         */
        Optional<String> contact();

        /** How often the browser autosaves while typing. */
        @WithDefault("PT3S")
        @DurationMin(inclusive = false)
        Duration autosaveInterval();

        /** How often running attempts are checked for a passed deadline (plus grace) and submitted. */
        @WithDefault("PT5S")
        @DurationMin(inclusive = false)
        Duration deadlineCheck();

        /** How often invitations whose link ran out unused are looked for and announced. */
        @WithDefault("PT1M")
        @DurationMin(inclusive = false)
        Duration expiryCheck();
    }

    interface Engine {
        /** Use WordNet synonyms. */
        @WithDefault("true")
        boolean wordnet();

        /** Tolerate misspellings of longer words. */
        @WithDefault("true")
        boolean spelling();

        /** Use sentence embeddings to catch paraphrases. */
        @WithDefault("true")
        boolean semantic();
    }

    interface Review {
        /** Attempts per page of the review list. */
        @WithDefault("50")
        @Min(1)
        int pageSize();

        /** Longest reason a reviewer may give for changing a score, in characters. */
        @WithDefault("2000")
        @Min(1)
        int reasonChars();

        /** Longest written summary of an attempt, in characters. */
        @WithDefault("5000")
        @Min(1)
        int summaryChars();

        /** Most transcripts the printable document of a whole assessment holds, oldest submitted first. */
        @WithDefault("500")
        @Min(1)
        int printAttempts();
    }

    interface Regrade {
        /** Answers regraded in one transaction of a regrade job; progress is saved after each batch. */
        @WithDefault("25")
        @Min(1)
        int batchSize();

        /** How often each instance looks for a regrade job to work on. */
        @WithDefault("2s")
        @DurationMin(inclusive = false)
        Duration interval();

        /** Most answers a dry run grades to preview a regrade; larger scopes are previewed on a sample. */
        @WithDefault("2000")
        @Min(1)
        int previewAnswers();

        /** How many of the largest score changes a dry run lists. */
        @WithDefault("10")
        @Min(0)
        int previewLargest();
    }

    interface Grading {
        /** Answers each instance grades at once; 0 means one per processor. */
        @WithDefault("0")
        @Min(0)
        int workers();

        /** How often each instance looks for answers to grade (a submit also wakes it). */
        @WithDefault("2s")
        @DurationMin(inclusive = false)
        Duration poll();

        /** Tries before an answer whose grading keeps failing waits for a person to retry it. */
        @WithDefault("5")
        @Min(1)
        int maxTries();

        /** Wait before the second try; each later try waits four times longer. */
        @WithDefault("PT30S")
        @DurationMin
        Duration retryDelay();

        /** How long a claim on an answer lasts; another instance takes the answer over after it. */
        @WithDefault("PT5M")
        @DurationMin(inclusive = false)
        Duration claim();
    }
}
