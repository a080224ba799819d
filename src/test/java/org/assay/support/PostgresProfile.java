package org.assay.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the application built with the {@code pg} profile against the local PostgreSQL (127.0.0.1:5432, database
 * {@code test}, user postgres, trust auth). Everything goes into its own schema, emptied at start so reruns work;
 * {@code -Dtest.pg-schema=NAME} picks another schema, so two checkouts on one server do not empty each other's.
 */
public class PostgresProfile implements QuarkusTestProfile {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String SCHEMA = System.getProperty("test.pg-schema", "assay_test");
    public static final String URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/test?currentSchema=" + SCHEMA;

    @Override
    public String getConfigProfile() {
        return "pg";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", URL),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", ""),
                Map.entry("quarkus.flyway.schemas", SCHEMA),
                Map.entry("quarkus.flyway.clean-disabled", "false"),
                Map.entry("quarkus.flyway.clean-at-start", "true"),
                Map.entry("quarkus.hibernate-orm.schema-management.strategy", "validate"),
                Map.entry("quarkus.http.auth.session.encryption-key", "test-only-session-key-0123456789abcdef"),
                Map.entry("assay.admin-password", WebSession.ADMIN_PASSWORD));
    }
}
