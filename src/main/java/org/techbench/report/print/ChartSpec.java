package org.techbench.report.print;

import java.util.List;

/**
 * A native Excel chart of a data sheet's rows: bars or lines, the categories from one column and a
 * series from each of some others (their values given too, so the chart shows before Excel
 * recalculates), on a percentage axis when the values are shares.
 */
public record ChartSpec(Kind kind, String title, int categoryColumn, List<String> categories, List<Series> series,
                        boolean shares) {

    /** Bars (columns) or lines. */
    public enum Kind { BARS, LINES }

    /** One series: its name, the column its values are in, and the values, one per category. */
    public record Series(String name, int column, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
