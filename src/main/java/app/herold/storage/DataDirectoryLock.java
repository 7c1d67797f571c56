package app.herold.storage;

import app.herold.domain.UserFacingException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one Herold uses a data directory at a time. Taken before the database opens,
 * so a second start gets a sentence the user understands instead of H2's lock error. The
 * operating system releases the lock when the process dies, so a crash never leaves it stuck.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "herold.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw notWritable(dataDirectory, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new UserFacingException("error.alreadyRunning");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "error.alreadyRunning");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "error.dataDirNotWritable", dataDirectory.toString());
        }
    }

    /**
     * A folder Herold may not write to (permissions, a read-only medium) gets its own sentence; anything
     * else (the path is a file, a parent is missing) the general one.
     */
    static UserFacingException notWritable(Path dataDirectory, IOException problem) {
        boolean readOnly = problem instanceof AccessDeniedException
                || String.valueOf(problem.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("read-only file system");
        return new UserFacingException(problem, readOnly ? "error.dataDirReadOnly" : "error.dataDirNotWritable",
                dataDirectory.toString());
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel is closed next, which releases the lock anyway.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the process is giving up the directory either way.
        }
    }
}
