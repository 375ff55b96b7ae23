package jp.kyodonet.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

/**
 * What the embedded database's folder holds before the server starts, and whether it may start there.
 *
 * <p>A new database is made only where there never was one: the launcher writes a {@code created} mark beside the
 * data folder once a database exists, and a folder that has the mark but lost its data, or data that is not a
 * MariaDB data folder, is refused with the reason rather than replaced by a new, empty database.
 */
record DataFolder(Path dir, State state, String reason) {

    /** What the launcher may do with the folder. */
    enum State {
        /** nothing was ever created here: install a new database */
        NEW,
        /** an existing data folder: start on it as it is */
        EXISTING,
        /** start nothing and change nothing: {@link #reason()} says why */
        REFUSED
    }

    static final String CREATED_MARK = "created";

    /** Looks at {@code dir} (the folder holding {@code data}, {@code base}, {@code tmp}) without changing it. */
    static DataFolder inspect(Path dir) {
        Path data = dir.resolve("data");
        Path mark = dir.resolve(CREATED_MARK);
        boolean empty = !Files.isDirectory(data) || isEmpty(data);
        if (empty) {
            if (Files.exists(mark)) {
                return new DataFolder(dir, State.REFUSED, "a database was created in " + dir + " (" + read(mark).strip()
                        + "), but its data folder " + data + (Files.isDirectory(data) ? " is empty" : " is missing")
                        + ". Nothing was started or created over it. Restore a backup (bin/kyodo restore FILE), or"
                        + " delete " + dir + " to start again with a new, empty database.");
            }
            return new DataFolder(dir, State.NEW, "");
        }
        if (!Files.isDirectory(data.resolve("mysql")) || !Files.exists(data.resolve("ibdata1"))) {
            return new DataFolder(dir, State.REFUSED, "the data folder " + data + " is not a usable MariaDB data folder"
                    + " (it has no " + (Files.isDirectory(data.resolve("mysql")) ? "ibdata1" : "mysql/ system schema")
                    + "). Nothing was started or changed. Restore a backup (bin/kyodo restore FILE), or move the folder"
                    + " away to start again with a new, empty database.");
        }
        return new DataFolder(dir, State.EXISTING, "");
    }

    /** Marks the folder as holding a database (kept if already there). */
    void markCreated() throws IOException {
        Path mark = dir.resolve(CREATED_MARK);
        if (!Files.exists(mark)) {
            Files.writeString(mark, OffsetDateTime.now() + "\n");
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "date unknown";
        }
    }
}
