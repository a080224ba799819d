package org.assay.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature every delivery carries in the {@value #HEADER} header: {@code t=<unix seconds>,v1=<hex>}, where hex
 * is HMAC-SHA256, keyed with the webhook's secret, of the seconds, a dot, and the raw body. The time inside the
 * signed text lets a receiver refuse an old delivery replayed later.
 */
public final class WebhookSignature {

    public static final String HEADER = "Assay-Signature";
    static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code epochSeconds}. */
    public static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    /** Lower-case hex HMAC-SHA256 of the text, keyed with the secret's UTF-8 bytes. */
    public static String hmac(String secret, String text) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
