package app.herold.domain;

/**
 * Tells a full disk from other write failures. Java has no exception type for it: the operating
 * system's message is all there is ("No space left on device" on Linux and macOS, "There is not
 * enough space on the disk" on Windows, "Disk quota exceeded" where the user has a quota).
 */
public final class DiskFull {

    private static final String[] MESSAGES = {
        "no space left on device", "not enough space on the disk", "disk quota exceeded", "disk full"
    };

    private DiskFull() {
    }

    /** Whether {@code problem} or one of its causes says the disk is full. */
    public static boolean causedBy(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(java.util.Locale.ROOT);
                for (String known : MESSAGES) {
                    if (lower.contains(known)) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
