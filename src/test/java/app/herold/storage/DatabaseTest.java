package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
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
    void aDatabaseOfTheFirstSchemaIsBroughtUpToDateWithItsPostsIntact() throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Database.jdbcUrl(dataDirectory), "herold", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:app/herold/db/migration").target("1").load().migrate();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO post (id, title, body, status, channels, created_at, updated_at)"
                        + " VALUES (7, 'Weihnachtsmarkt', 'Am Marktplatz', 'draft', 'instagram',"
                        + " TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+00')");
                statement.executeUpdate("INSERT INTO post_tag (post_id, position, tag) VALUES (7, 0, 'Advent')");
                statement.executeUpdate("INSERT INTO post_image (post_id, position, media_file, alt_text)"
                        + " VALUES (7, 0, 'markt.jpg', 'Buden am Abend'), (7, 1, 'karte.png', '')");
            }
            assertThat(Database.appliedSchemaVersion(pool)).isEqualTo("1");
        } finally {
            pool.dispose();
        }

        try (Database database = Database.open(dataDirectory, Clock.systemUTC())) {
            Post post = database.posts().find(PostId.of(7)).orElseThrow();

            assertThat(post.title()).isEqualTo("Weihnachtsmarkt");
            assertThat(post.tags()).containsExactly("Advent");
            assertThat(post.images()).extracting(PostImage::mediaFile, PostImage::focusX, PostImage::focusY, PostImage::fit)
                    .containsExactly(tuple("markt.jpg", 0.5, 0.5, PostImage.Fit.CROP),
                            tuple("karte.png", 0.5, 0.5, PostImage.Fit.CROP));
            assertThat(post.variants()).isEmpty();
            assertThat(post.accounts()).isEmpty();
        }
        pool = JdbcConnectionPool.create(Database.jdbcUrl(dataDirectory), "herold", "");
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
        database.closeKeepingMonth("test", app.herold.domain.post.MonthGrid.containing(LocalDate.now()), 3, true);
        long after = Files.size(Database.databaseFile(dataDirectory));

        assertThat(after).isLessThan(before);
        try (Database reopened = Database.open(dataDirectory, Clock.systemUTC())) {
            assertThat(reopened.posts().count()).isEqualTo(5_000);
        }
    }
}
