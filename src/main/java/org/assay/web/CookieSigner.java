package org.assay.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs cookie values with HMAC-SHA256 under the session key, so a value the browser sends back is known to be one
 * this server (or another instance sharing {@code ASSAY_SESSION_KEY}) set. Each use signs under its own purpose, so
 * a value signed for one cookie is never accepted by another.
 */
@ApplicationScoped
public class CookieSigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public CookieSigner(@ConfigProperty(name = SessionKeySource.PROPERTY) String sessionKey) {
        this.key = new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The value followed by its signature; safe in a cookie when the value is. */
    public String sign(String purpose, String value) {
        return value + "." + mac(purpose, value);
    }

    /** The value of a signed text, when its signature is right for the purpose. */
    public Optional<String> verify(String purpose, String signed) {
        if (signed == null) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        var value = signed.substring(0, dot);
        var given = signed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        var expected = mac(purpose, value).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(value) : Optional.empty();
    }

    private String mac(String purpose, String value) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return ENCODER.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
