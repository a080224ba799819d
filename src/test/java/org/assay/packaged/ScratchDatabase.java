package org.assay.packaged;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.assay.support.PostgresProfile;

/** A database of its own on the local PostgreSQL server for a packaged build, made empty and dropped after. */
final class ScratchDatabase {

    private static final String SERVER = "jdbc:postgresql://" + PostgresProfile.HOST + ":" + PostgresProfile.PORT;

    private final String name;

    ScratchDatabase(String name) {
        this.name = name;
    }

    /** Drops what an earlier run may have left and creates the database empty. */
    ScratchDatabase create() throws SQLException {
        drop();
        onServer("create database " + name);
        return this;
    }

    void drop() throws SQLException {
        onServer("drop database if exists " + name);
    }

    String url() {
        return SERVER + "/" + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    private static void onServer(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
