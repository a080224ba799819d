package org.assay.grading.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.logging.Logger;

/**
 * Fills {@code grade_flag} from the reports of grades stored before it existed, once, under Flyway's lock. Only
 * grades that counted flags are read; a report that is not readable JSON keeps no flag rows, as it showed none.
 */
public class GradeFlagBackfill implements JavaMigration {

    /** Grades read and written per round trip. */
    private static final int BATCH = 200;
    /** The width of {@code grade_flag.code}. */
    private static final int CODE_CHARS = 40;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A plain logger, as the class also runs without Quarkus. */
    private static final Logger LOG = Logger.getLogger(GradeFlagBackfill.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "grade flags from reports";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        int filled = fill(context.getConnection());
        LOG.infof("Stored the flags of %d earlier grades", filled);
    }

    /**
     * Stores the flag codes of every grade that has flags counted but none stored.
     *
     * @return how many grades got flag rows
     */
    public static int fill(Connection connection) throws SQLException {
        int filled = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = new ArrayList<>();
            var reports = new ArrayList<String>();
            try (var select = connection.prepareStatement("select g.id, g.report from grade g where g.id > ?"
                    + " and g.flag_count > 0 and not exists (select 1 from grade_flag f where f.grade_id = g.id)"
                    + " order by g.id")) {
                select.setLong(1, after);
                select.setMaxRows(BATCH);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        reports.add(rows.getString(2));
                    }
                }
            }
            try (var insert = connection.prepareStatement(
                    "insert into grade_flag (grade_id, flag_index, code) values (?, ?, ?)")) {
                for (int i = 0; i < ids.size(); i++) {
                    var codes = codes(ids.get(i), reports.get(i));
                    for (int index = 0; index < codes.size(); index++) {
                        insert.setLong(1, ids.get(i));
                        insert.setInt(2, index);
                        insert.setString(3, codes.get(index));
                        insert.addBatch();
                    }
                    filled += codes.isEmpty() ? 0 : 1;
                }
                insert.executeBatch();
            }
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        return filled;
    }

    /** The flag codes of a stored report, in report order. */
    static List<String> codes(long gradeId, String report) {
        var codes = new ArrayList<String>();
        try {
            JSON.readTree(report == null ? "" : report).path("flags").forEach(flag -> {
                var code = flag.path("code").asText("");
                if (!code.isBlank() && code.length() <= CODE_CHARS) {
                    codes.add(code);
                }
            });
        } catch (JsonProcessingException e) {
            LOG.warnf("The report of grade %d is not readable JSON, so no flags are stored for it: %s", gradeId,
                    e.getOriginalMessage());
        }
        return codes;
    }
}
