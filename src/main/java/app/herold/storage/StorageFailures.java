package app.herold.storage;

import app.herold.domain.DiskFull;
import app.herold.domain.UserFacingException;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns database errors into sentences the user can act on; the details go to the log. */
final class StorageFailures {

    private static final System.Logger LOG = System.getLogger(StorageFailures.class.getName());

    private StorageFailures() {
    }

    static UserFacingException translate(SQLException e) {
        LOG.log(Level.ERROR, "database error", e);
        if (DiskFull.causedBy(e)) {
            return new UserFacingException(e, "error.diskFull");
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.VALUE_TOO_LONG_2 -> new UserFacingException(e, "error.textTooLong");
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1,
                    ErrorCode.IO_EXCEPTION_2 -> new UserFacingException(e, "error.cannotWrite");
            default -> new UserFacingException(e, "error.database", e.getMessage());
        };
    }
}
