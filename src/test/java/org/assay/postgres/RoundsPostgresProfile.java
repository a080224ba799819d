package org.assay.postgres;

import java.util.HashMap;
import java.util.Map;

import org.assay.support.PostgresProfile;

/**
 * PostgreSQL in a schema of its own, so these tests and the other PostgreSQL tests never empty each other's, with
 * webhook retries coming due within a test's patience as in the H2 profile.
 */
public class RoundsPostgresProfile extends PostgresProfile {

    static final String SCHEMA = "assay_rounds";

    @Override
    public Map<String, String> getConfigOverrides() {
        var overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.datasource.jdbc.url", URL.replace(PostgresProfile.SCHEMA, SCHEMA));
        overrides.put("quarkus.flyway.schemas", SCHEMA);
        overrides.put("assay.webhooks.poll", "1s");
        overrides.put("assay.webhooks.retry-delay", "PT0.5S");
        overrides.put("assay.webhooks.max-retry-delay", "PT1S");
        overrides.put("assay.webhooks.max-tries", "3");
        return overrides;
    }
}
