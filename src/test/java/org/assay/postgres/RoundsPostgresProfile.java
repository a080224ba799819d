package org.assay.postgres;

import java.util.HashMap;
import java.util.Map;

import org.assay.support.PostgresProfile;

/** PostgreSQL in a schema of its own, so these tests and the other PostgreSQL tests never empty each other's. */
public class RoundsPostgresProfile extends PostgresProfile {

    static final String SCHEMA = "assay_rounds";

    @Override
    public Map<String, String> getConfigOverrides() {
        var overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.datasource.jdbc.url", URL.replace(PostgresProfile.SCHEMA, SCHEMA));
        overrides.put("quarkus.flyway.schemas", SCHEMA);
        return overrides;
    }
}
