package app.herold.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The database trigger that refuses every UPDATE and DELETE on {@code audit_log} (migration V4),
 * so the log stays append-only whoever writes SQL against the file. Public, unlike the rest of
 * storage, because H2 creates it by reflection from its class name.
 */
public final class AuditLogGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: its entries are never changed or removed", "HY000");
    }
}
