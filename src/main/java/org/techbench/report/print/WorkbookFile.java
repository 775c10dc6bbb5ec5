package org.techbench.report.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes a workbook so that the file appears only whole, and says in words why it could not. */
public final class WorkbookFile {

    private WorkbookFile() {
    }

    /**
     * Writes the workbook to {@code target} through a temporary file beside it, moved into place
     * only when whole: a failure leaves no half-written report and whatever was there before.
     */
    public static void write(Workbook workbook, Path target) throws ReportRefused {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportRefused("report.noFolder", null, folder);
        }
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            partial = null;
        } catch (AccessDeniedException e) {
            throw Files.exists(target) ? new ReportRefused("report.inUse", e, target.getFileName())
                    : new ReportRefused("report.notWritable", e, folder);
        } catch (NoSuchFileException e) {
            throw new ReportRefused("report.noFolder", e, folder);
        } catch (FileSystemException e) {
            // Windows says a file open in Excel is used by another process.
            throw new ReportRefused("report.inUse", e, target.getFileName());
        } catch (IOException e) {
            throw new ReportRefused("report.writeFailed", e, target.getFileName(), e.getMessage());
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // A leftover .part file is hidden and harmless; the refusal above says what matters.
                }
            }
        }
    }
}
