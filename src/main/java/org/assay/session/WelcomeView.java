package org.assay.session;

import java.util.List;

/**
 * The welcome page before a test starts; {@code extraTime} is the invitation's extra time, such as "15 minutes", or
 * empty.
 */
public record WelcomeView(
        String token,
        String title,
        String candidateName,
        int questionCount,
        int timeLimitMinutes,
        String expiresAt,
        String expiresAtIso,
        String extraTime,
        List<String> recorded) {
}
