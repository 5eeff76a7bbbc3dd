package quanze.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The database a bench's service runs on: a fresh H2 file, as the service runs by default, or a fresh database on a
 * PostgreSQL server (made before, dropped after); and what an import left in it.
 */
interface BenchDatabase {
    String name();

    /** The service's command-line arguments that point it at this database. */
    List<String> arguments();

    Stored stored() throws Exception;

    void drop() throws Exception;

    /**
     * What an import left in the database: its decisions; the log's tables (decisions with their indexes, the findings
     * index, the shared bases) and the delegation items with theirs, per decision; the whole database as the service
     * left it and compacted (H2: {@code SHUTDOWN COMPACT}, since MVStore keeps the pages a long transaction pinned as
     * free space; PostgreSQL: after {@code VACUUM FULL}).
     */
    record Stored(long decisions, long bytes, long logBytes, long itemBytes, long compacted) {
    }

    /** A fresh H2 file, as the service runs by default. */
    record H2(Path file, String options) implements BenchDatabase {
        private String url() {
            return "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        }

        @Override
        public String name() {
            return "H2";
        }

        @Override
        public List<String> arguments() {
            return List.of("--spring.datasource.url=" + url() + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000" + options);
        }

        private long fileBytes() throws IOException {
            try (var files = Files.list(file.getParent())) {
                return files.filter(f -> f.getFileName().toString().startsWith(file.getFileName().toString()))
                        .mapToLong(f -> f.toFile().length()).sum();
            }
        }

        @Override
        public Stored stored() throws Exception {
            long left = fileBytes();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url(), "sa", "");
                 java.sql.Statement s = c.createStatement()) {
                s.execute("shutdown compact");
            }
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url(), "sa", "");
                 java.sql.Statement s = c.createStatement()) {
                long decisions = single(s, "select count(*) from decision");
                long log = single(s, "select disk_space_used('decision') + disk_space_used('decision_finding')"
                        + " + disk_space_used('decision_basis')");
                long items = single(s, "select disk_space_used('delegation_item')");
                s.execute("shutdown compact");
                return new Stored(decisions, left, log, items, fileBytes());
            }
        }

        @Override
        public void drop() throws IOException {
            try (var files = Files.list(file.getParent())) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith(file.getFileName().toString())).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * A fresh database on the PostgreSQL server of {@code -Dbench.postgres.url} (default the local one) as role
     * {@code quanze}/{@code quanze} (CREATEDB), dropped afterwards.
     */
    record Postgres(String server, String database) implements BenchDatabase {
        static final String USER = System.getProperty("bench.postgres.user", "quanze");
        static final String PASSWORD = System.getProperty("bench.postgres.password", "quanze");

        static Postgres fresh() throws java.sql.SQLException {
            String server = System.getProperty("bench.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
            Postgres p = new Postgres(server, "quanze_bench_" + System.nanoTime());
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", USER, PASSWORD);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("create database " + p.database + " encoding 'UTF8' template template0");
            }
            return p;
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public List<String> arguments() {
            return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + server + database,
                    "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
        }

        @Override
        public Stored stored() throws Exception {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + database, USER, PASSWORD);
                 java.sql.Statement s = c.createStatement()) {
                long left = single(s, "select pg_database_size(current_database())");
                s.execute("vacuum full");
                long decisions = single(s, "select count(*) from decision");
                long log = single(s, "select pg_total_relation_size('decision') + pg_total_relation_size('decision_finding')"
                        + " + pg_total_relation_size('decision_basis')");
                long items = single(s, "select pg_total_relation_size('delegation_item')");
                return new Stored(decisions, left, log, items, single(s, "select pg_database_size(current_database())"));
            }
        }

        @Override
        public void drop() throws java.sql.SQLException {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", USER, PASSWORD);
                 java.sql.Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database);
            }
        }
    }

    static long single(java.sql.Statement s, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
