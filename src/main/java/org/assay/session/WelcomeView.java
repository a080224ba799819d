package org.assay.session;

/** The welcome page before a test starts. */
public record WelcomeView(
        String token,
        String title,
        String candidateName,
        int questionCount,
        int timeLimitMinutes,
        String expiresAt,
        String expiresAtIso) {
}
