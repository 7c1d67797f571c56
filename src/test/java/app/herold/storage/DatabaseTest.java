package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theShortcutPastFlywayKnowsTheNewestMigration() throws IOException {
        String newest;
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/app/herold/db/migration"))) {
            newest = migrations.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }

        assertThat(Database.LATEST_SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void anEmptyDatabaseIsMigratedAndThenRecognisedAsCurrent() {
        Database.open(dataDirectory, Clock.systemUTC()).close();

        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.jdbcUrl(dataDirectory), "herold", "");
        try {
            assertThat(Database.appliedSchemaVersion(pool)).isEqualTo(Database.LATEST_SCHEMA_VERSION);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void compactingAfterABulkInsertKeepsThePostsAndShrinksTheFile() throws IOException {
        Database database = Database.open(dataDirectory, Clock.systemUTC());
        app.herold.demo.DemoLoader.load(database.posts(), database.media(), 5_000, 1, Clock.systemUTC());
        database.close();
        long before = Files.size(Database.databaseFile(dataDirectory));

        database = Database.open(dataDirectory, Clock.systemUTC());
        database.closeCompacted();
        long after = Files.size(Database.databaseFile(dataDirectory));

        assertThat(after).isLessThan(before);
        try (Database reopened = Database.open(dataDirectory, Clock.systemUTC())) {
            assertThat(reopened.posts().count()).isEqualTo(5_000);
        }
    }
}
