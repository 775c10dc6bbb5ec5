package org.techbench.service;

import java.nio.file.Path;
import java.util.Locale;
import org.techbench.i18n.Texts;
import org.techbench.report.table.TableFile;

/** The format an export is written in, told by the file's name: .csv or .xlsx, anything else refused. */
public final class ExportFormats {

    private ExportFormats() {
    }

    public static TableFile.Format of(Path file, Texts refusals) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return TableFile.Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return TableFile.Format.XLSX;
        }
        throw new RefusedException(refusals, "refusal.exportFileType", file.getFileName());
    }
}
