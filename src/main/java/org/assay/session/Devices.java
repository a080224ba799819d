package org.assay.session;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.ws.rs.core.NewCookie;

/**
 * Names the candidate's browser with a random id in a cookie, so that one device at a time works on an attempt. The
 * id says nothing about the person or the device; it only tells two browsers apart.
 */
final class Devices {

    static final String COOKIE = "assay-device";
    /** Kept a month, so that reopening the link on the same device goes straight back to the test. */
    private static final int MAX_AGE_SECONDS = 30 * 24 * 3600;
    private static final int MAX_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Devices() {
    }

    /** The id the cookie carries when it is well-formed, else null. */
    static String known(String cookie) {
        return cookie != null && cookie.matches("[0-9a-f]{16," + MAX_LENGTH + "}") ? cookie : null;
    }

    /** The browser's id, or a new one for a browser without (a valid) one. */
    static String idOrNew(String cookie) {
        var known = known(cookie);
        if (known != null) {
            return known;
        }
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static NewCookie cookie(String id) {
        return new NewCookie.Builder(COOKIE).value(id).path("/").maxAge(MAX_AGE_SECONDS).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
