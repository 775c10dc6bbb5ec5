package org.techbench.service.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.techbench.domain.audit.AuditAuthor;
import org.techbench.domain.audit.AuditEvent;
import org.techbench.domain.audit.AuditFilter;
import org.techbench.domain.audit.AuditPage;
import org.techbench.i18n.Texts;
import org.techbench.report.table.TableFile;
import org.techbench.report.table.TableFileWriter;
import org.techbench.service.CancelledException;
import org.techbench.service.ExportFormats;
import org.techbench.service.Progress;
import org.techbench.service.RefusedException;
import org.techbench.store.AuditQueries;

/**
 * The audit trail, the team's as far as sync brings it: read, filtered and exported, never changed.
 * Entries are written only by the changes they record.
 */
public final class AuditTrailService {

    /** How many entries a page shows; the export writes all that the filter lets through. */
    public static final int PAGE = 1_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditQueries queries;
    private final TableFileWriter writer;
    private final ZoneId zone;
    private final Supplier<Texts> refusals;

    public AuditTrailService(AuditQueries queries, TableFileWriter writer, ZoneId zone, Supplier<Texts> refusals) {
        this.queries = queries;
        this.writer = writer;
        this.zone = zone;
        this.refusals = refusals;
    }

    public AuditPage page(AuditFilter filter) {
        return new AuditPage(queries.find(filter, PAGE), queries.count(filter));
    }

    public List<AuditAuthor> authors() {
        return queries.authors();
    }

    public List<String> subjects() {
        return queries.subjects();
    }

    /** Writes every entry the filter lets through, newest first, to .csv or .xlsx; the file appears only when whole. */
    public int export(Path file, AuditFilter filter, Progress progress) {
        TableFile.Format format = ExportFormats.of(file, refusals.get());
        List<AuditEvent> events = queries.find(filter, Integer.MAX_VALUE);
        List<String> headers = List.of("Time", "Technician", "Action", "Subject", "Record", "Summary");
        try (TableFileWriter.Output out = writer.open(file, format, List.of(new TableFileWriter.SheetHeader("Audit", headers)))) {
            int written = 0;
            for (AuditEvent event : events) {
                out.row(0, List.of(TIME.format(event.at().atZone(zone)), event.technician() == null ? "" : event.technician(),
                        event.action(), event.subject(), event.rowId() == null ? "" : event.rowId().toString(), event.summary()));
                if (++written % 5_000 == 0) {
                    if (progress.cancelled()) {
                        throw new CancelledException("Export cancelled; no file was written.");
                    }
                    progress.report("export", written, events.size());
                }
            }
            out.commit();
            return written;
        } catch (IOException e) {
            throw new RefusedException(refusals.get(), "refusal.cannotWrite", file, e.getMessage());
        }
    }
}
