package app.herold.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;

/**
 * Runs JDBC work on a pooled connection, either as plain reads or as one transaction. A commit
 * returns once the change is on disk, because the database URL sets WRITE_DELAY=0.
 *
 * <p>H2 closes the database by itself when a write fails (a full disk). The work that hit the failure
 * reports it; later work finds the database closed before it did anything, so the database is opened
 * again and that work runs once more: after the user made room, saving works without a restart.
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
        return reopeningOnce(work, false);
    }

    /** Commits when the work returns; rolls back on any exception, which then reaches the caller. */
    <T> T write(SqlWork<T> work) {
        return reopeningOnce(work, true);
    }

    private <T> T reopeningOnce(SqlWork<T> work, boolean transaction) {
        try {
            return run(work, transaction);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED && dataSource instanceof ReopeningConnections connections) {
                connections.reopen();
                try {
                    return run(work, transaction);
                } catch (SQLException again) {
                    throw StorageFailures.translate(again);
                }
            }
            throw StorageFailures.translate(e);
        }
    }

    private <T> T run(SqlWork<T> work, boolean transaction) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!transaction) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                // A rollback on a database H2 just closed fails too; the first failure says what happened.
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        }
    }
}
