package app.herold.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can fill up, for tests of what the user sees when it does: the database (through an
 * H2 file system wrapped around the real one) and every picture and backup Herold writes fail with
 * the operating system's "No space left on device" while it is full, and work again once there is
 * room. Writes fail even over existing bytes, as on the copy-on-write file systems of Macs (APFS) and
 * many Linux laptops (btrfs). One disk at a time: it stands for the machine's one disk.
 */
public final class SimulatedDisk {

    static final String SCHEME = "simulated-disk";
    private static volatile boolean full;

    static {
        FilePath.register(new SimulatedDiskPath());
    }

    private SimulatedDisk() {
    }

    /** Opens a data directory on the simulated disk, which starts with room. */
    public static Database open(Path directory, Clock clock) {
        full = false;
        return Database.open(directory, clock, new Disk(SCHEME + ":", SimulatedDisk::openFile));
    }

    /** From now on every write fails as on a full disk. */
    public static void fill() {
        full = true;
    }

    /** The user deleted something: writes work again. */
    public static void makeRoom() {
        full = false;
    }

    static OutputStream openFile(Path file) throws IOException {
        return new FilterOutputStream(Files.newOutputStream(file)) {
            @Override
            public void write(int b) throws IOException {
                checkRoom();
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                checkRoom();
                out.write(bytes, offset, length);
            }
        };
    }

    static void checkRoom() throws IOException {
        if (full) {
            // The words the JDK passes on from the operating system (ENOSPC) on Linux.
            throw new IOException("No space left on device");
        }
    }

    /** The H2 side: paths with the scheme's prefix, on the real disk, whose files refuse writes while full. */
    public static final class SimulatedDiskPath extends FilePathWrapper {

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new FullableChannel(getBase().open(mode));
        }
    }

    private static final class FullableChannel extends FileBase {

        private final FileChannel base;

        FullableChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return base.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return base.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            checkRoom();
            return base.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            checkRoom();
            return base.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
