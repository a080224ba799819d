package org.assay.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts session cookies: {@code ASSAY_SESSION_KEY} when set, otherwise a random key made once per
 * start. Quarkus would make one itself, but it writes that key to the log, where anyone who reads the log could forge
 * a session until the next restart.
 */
public class SessionKeySource implements ConfigSource {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String VARIABLE = "ASSAY_SESSION_KEY";
    private static final int KEY_BYTES = 32;

    private final String key;

    public SessionKeySource() {
        this(System.getenv(VARIABLE));
    }

    SessionKeySource(String configured) {
        this.key = configured != null && !configured.isBlank() ? configured : random();
    }

    private static String random() {
        var bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? key : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, key);
    }

    @Override
    public String getName() {
        return "assay-session-key";
    }

    /** Below application.properties, so a profile's key (tests) and the Quarkus variable still win. */
    @Override
    public int getOrdinal() {
        return 150;
    }
}
