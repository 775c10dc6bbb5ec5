package org.techbench.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.techbench.i18n.Texts;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AttachmentFiles;
import org.techbench.store.DataFolder;
import org.techbench.store.Store;
import org.techbench.store.StoreRestore;

/**
 * Restores a verified backup in place of the store, with the store closed: the replaced store is
 * kept as a copy first, the attachments the backup needs are put back, and the changes the replaced
 * store still had waiting go on to the hub at the next sync.
 */
public final class BackupRestorer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    private final Clock clock;
    private final Supplier<Texts> refusals;

    public BackupRestorer(BackupService backups, Clock clock, Supplier<Texts> refusals) {
        this.backups = backups;
        this.clock = clock;
        this.refusals = refusals;
    }

    /** What a restore did. */
    public record Restored(BackupManifest backup, StoreRestore.Carried carried, int attachmentsPutBack) {
    }

    /** Checks the backup first; a backup that is not whole is refused and nothing is touched. */
    public BackupCheck check(Path backup) {
        return backups.verify(backup, Progress.NONE);
    }

    public Restored restore(DataFolder folder, Path backup, Progress progress) {
        BackupCheck check = check(backup);
        if (!check.whole()) {
            throw new RefusedException(refusals.get(), "refusal.restoreNotWhole", check.name(), String.join("; ", check.problems()));
        }
        Path zip = backup.toString().endsWith(".zip") ? backup : backup.resolveSibling(backup.getFileName() + ".zip");
        Path keptAs = folder.backups().resolve("before-restore-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault()))
                + ".mv.db");
        try (AutoCloseable lock = Store.lockFolder(folder)) {
            progress.report("restore", 0, 2);
            StoreRestore.Carried carried = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null && carried == null; entry = in.getNextEntry()) {
                    if (entry.getName().equals(BackupService.STORE_ENTRY)) {
                        carried = StoreRestore.replace(folder, in, keptAs);
                    }
                }
            }
            progress.report("attachments", 1, 2);
            int putBack = 0;
            Path copies = zip.getParent().resolve("attachments");
            AttachmentFiles files = AttachmentFiles.of(folder);
            for (String sha : check.manifest().attachments()) {
                if (!files.has(sha)) {
                    files.putBack(copies.resolve(sha), sha);
                    putBack++;
                }
            }
            progress.report("done", 2, 2);
            return new Restored(check.manifest(), carried, putBack);
        } catch (RefusedException | org.techbench.store.StoreException e) {
            throw e;
        } catch (IOException | SQLException e) {
            throw new RefusedException(refusals.get(), "refusal.restoreFailed", check.name(), e.getMessage(), keptAs);
        } catch (Exception e) {
            throw new RefusedException(refusals.get(), "refusal.restoreFailed", check.name(), e.getMessage(), keptAs);
        }
    }
}
