package app.herold.exchange;

import app.herold.domain.DiskFull;
import app.herold.domain.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;

/** The sentence for a file Herold could not write: a full disk says so, anything else names the place. */
public final class WriteFailures {

    private WriteFailures() {
    }

    /** @param fallbackKey the sentence when the disk is not full; its first argument is the file */
    public static UserFacingException of(IOException problem, Path file, String fallbackKey, Object... moreArguments) {
        if (DiskFull.causedBy(problem)) {
            return new UserFacingException(problem, "error.export.diskFull", file.toString());
        }
        Object[] arguments = new Object[moreArguments.length + 1];
        arguments[0] = file.toString();
        System.arraycopy(moreArguments, 0, arguments, 1, moreArguments.length);
        return new UserFacingException(problem, fallbackKey, arguments);
    }

    /** A file of an export, a QR code or the audit log. */
    public static UserFacingException of(IOException problem, Path file) {
        return of(problem, file, "error.export.write");
    }
}
