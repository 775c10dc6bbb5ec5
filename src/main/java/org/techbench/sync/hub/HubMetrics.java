package org.techbench.sync.hub;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.techbench.domain.sync.ColumnValues;
import org.techbench.domain.sync.MutationAnswer;
import org.techbench.domain.sync.SnapshotRowSink;

/**
 * The hub's counters in Prometheus' text format: requests by route and status, pushes, the changes
 * they brought by outcome, snapshot rows served, failures; rates (changes applied per second) are
 * the scraper's {@code rate()} over them. One registry per hub, so two hubs in a JVM count apart.
 */
final class HubMetrics {

    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Counter pushes;
    private final Counter changes;
    private final Counter snapshotRows;
    private final Counter failures;

    HubMetrics(String version, int schemaVersion) {
        Info.builder().name("techbench_hub_info").help("The hub's build and the schema it writes")
                .labelNames("version", "schema").register(registry)
                .addLabelValues(version, Integer.toString(schemaVersion));
        requests = Counter.builder().name("techbench_hub_requests").help("Requests answered, by route and status")
                .labelNames("method", "route", "status").register(registry);
        pushes = Counter.builder().name("techbench_hub_pushes").help("Pushes of laptops' changes taken")
                .register(registry);
        changes = Counter.builder().name("techbench_hub_changes").help("Pushed changes by outcome: applied, duplicate or refused")
                .labelNames("outcome").register(registry);
        snapshotRows = Counter.builder().name("techbench_hub_snapshot_rows_served").help("Rows sent in first syncs' snapshots")
                .register(registry);
        failures = Counter.builder().name("techbench_hub_errors").help("Requests that failed inside the hub (answered 500)")
                .register(registry);
        JvmMetrics.builder().register(registry);
    }

    void answered(String method, String route, int status) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
    }

    void pushed(List<MutationAnswer> answers) {
        pushes.inc();
        for (MutationAnswer answer : answers) {
            changes.labelValues(answer.status().name().toLowerCase(Locale.ROOT)).inc();
        }
    }

    void failed() {
        failures.inc();
    }

    /** Passes a snapshot page on, counting its rows. */
    SnapshotRowSink counting(SnapshotRowSink sink) {
        return new SnapshotRowSink() {
            private long rows;

            @Override
            public void start(String table, ColumnValues.Columns columns) {
                sink.start(table, columns);
            }

            @Override
            public void row(UUID id, long hlc, String fieldClocks, int causalLength, String[] values) {
                rows++;
                sink.row(id, hlc, fieldClocks, causalLength, values);
            }

            @Override
            public void end(UUID lastId, boolean tableDone, long cursor) {
                sink.end(lastId, tableDone, cursor);
                snapshotRows.inc(rows);
            }
        };
    }

    /** Every metric, in the text format. */
    byte[] scrape() {
        var out = new ByteArrayOutputStream(16 * 1024);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
