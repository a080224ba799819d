package org.assay.session;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.ws.rs.core.NewCookie;

/**
 * Names the candidate's browser with a random id in a cookie, so that one device at a time works on an attempt. The
 * id says nothing about the person or the device; it only tells two browsers apart. Tabs of one browser share the
 * cookie, so the page's script also names its tab (header {@value #TAB_HEADER}); the holder of an attempt is then
 * "browser.tab". Requests that name no tab (pages, forms) act for the browser as a whole.
 */
final class Devices {

    static final String COOKIE = "assay-device";
    static final String TAB_HEADER = "Assay-Tab";
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

    /** The browser and, when the page's script named a well-formed one, its tab; null without a known browser. */
    static String holder(String cookie, String tab) {
        var browser = known(cookie);
        if (browser == null) {
            return null;
        }
        return tab != null && tab.matches("[0-9a-f]{16,32}") ? browser + "." + tab : browser;
    }

    /**
     * Whether {@code holder} may act for an attempt held by {@code active}: the same browser, and the same tab when
     * both name one.
     */
    static boolean same(String active, String holder) {
        if (active.equals(holder)) {
            return true;
        }
        return browserOf(active).equals(browserOf(holder)) && (tab(active) == null || tab(holder) == null);
    }

    /** Whether {@code holder} is a tab of the browser {@code active} names without a tab, so it can narrow to it. */
    static boolean narrows(String active, String holder) {
        return tab(active) == null && tab(holder) != null && browserOf(active).equals(browserOf(holder));
    }

    /** The browser part of a holder. */
    static String browserOf(String holder) {
        int dot = holder.indexOf('.');
        return dot < 0 ? holder : holder.substring(0, dot);
    }

    private static String tab(String holder) {
        int dot = holder.indexOf('.');
        return dot < 0 ? null : holder.substring(dot + 1);
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
