package app.herold.storage;

import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The database's connections, opened again after H2 closed the database by itself. H2 does that when
 * a write fails, e.g. on a full disk: every pooled connection is dead from then on, and without this
 * Herold could not save again until restarted, even after the user made room. The file itself stays
 * as of the last commit; a new connection opens it again (and fails again while the disk is still full).
 */
final class ReopeningConnections implements DataSource {

    private static final System.Logger LOG = System.getLogger(ReopeningConnections.class.getName());
    private static final int MAX_CONNECTIONS = 4;

    private final String url;
    private volatile JdbcConnectionPool pool;
    private volatile boolean disposed;
    private final java.util.concurrent.atomic.AtomicLong handedOut = new java.util.concurrent.atomic.AtomicLong();

    ReopeningConnections(String url, JdbcConnectionPool pool) {
        this.url = url;
        this.pool = pool;
    }

    static JdbcConnectionPool newPool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "herold", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        handedOut.incrementAndGet();
        return pool.getConnection();
    }

    /** How many connections were asked for so far: whether any work ran between two moments. */
    long handedOut() {
        return handedOut.get();
    }

    /** Connections taken and not yet given back. */
    int activeConnections() {
        return pool.getActiveConnections();
    }

    /**
     * Drops the connections to a database H2 has closed and starts new ones, which open it again.
     * Called when work found the database closed; a call while another thread already did it is harmless.
     */
    synchronized void reopen() {
        if (disposed) {
            return;
        }
        LOG.log(Level.WARNING, "the database was closed under Herold (a failed write?); opening it again");
        pool.dispose();
        pool = newPool(url);
    }

    synchronized void dispose() {
        disposed = true;
        pool.dispose();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Herold's database has one user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
