package org.assay.postgres;

import java.util.HashMap;
import java.util.Map;

import org.assay.support.PostgresProfile;

/** PostgreSQL, with webhook retries coming due within a test's patience as in the H2 profile. */
public class RoundsPostgresProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        var overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("assay.webhooks.poll", "1s");
        overrides.put("assay.webhooks.retry-delay", "PT0.5S");
        overrides.put("assay.webhooks.max-retry-delay", "PT1S");
        overrides.put("assay.webhooks.max-tries", "3");
        return overrides;
    }
}
