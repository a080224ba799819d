package org.assay.postgres;

import java.util.HashMap;
import java.util.Map;

import org.assay.support.PostgresProfile;

/** PostgreSQL, with the regrade worker left to the tests as in the H2 profile. */
public class AuthoringPostgresProfile extends PostgresProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        var overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("assay.regrade.interval", "1h");
        return overrides;
    }
}
