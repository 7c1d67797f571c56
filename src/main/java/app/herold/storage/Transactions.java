package app.herold.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work on a pooled connection, either as plain reads or as one transaction. A commit
 * returns once the change is on disk, because the database URL sets WRITE_DELAY=0.
 */
final class Transactions {

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw StorageFailures.translate(e);
        }
    }

    /** Commits when the work returns; rolls back on any exception, which then reaches the caller. */
    <T> T write(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageFailures.translate(e);
        }
    }
}
