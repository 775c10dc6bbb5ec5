package org.techbench.report.print;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;

/** Draws a {@link ChartSpec} as a native Excel chart whose series refer to the sheet's cells. */
final class SheetCharts {

    /** Colours told apart in print and by most colour-blind readers (blue, orange, green, purple). */
    private static final byte[][] PALETTE = {
        {(byte) 0x1F, (byte) 0x77, (byte) 0xB4}, {(byte) 0xFF, (byte) 0x7F, (byte) 0x0E},
        {(byte) 0x2C, (byte) 0xA0, (byte) 0x2C}, {(byte) 0x94, (byte) 0x67, (byte) 0xBD}};

    private SheetCharts() {
    }

    static void draw(XSSFChart chart, String sheet, int firstRow, int lastRow, ChartSpec spec) {
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (spec.shares()) {
            values.setMinimum(0);
            values.setMaximum(1);
            values.setNumberFormat("0%");
        }
        XDDFChartData data = chart.createData(spec.kind() == ChartSpec.Kind.BARS ? ChartTypes.BAR : ChartTypes.LINE,
                categories, values);
        int last = Math.max(firstRow, lastRow);
        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromArray(spec.categories().toArray(String[]::new),
                new CellRangeAddress(firstRow, last, spec.categoryColumn(), spec.categoryColumn()).formatAsString(sheet, true));
        int index = 0;
        for (ChartSpec.Series series : spec.series()) {
            // Without a fill of their own, series draw empty in LibreOffice: each gets a colour.
            XDDFColor colour = XDDFColor.from(PALETTE[index++ % PALETTE.length]);
            // A missing figure (nothing resolved that month) plots as nothing rather than as zero.
            Double[] points = series.values().stream().map(v -> v == null ? Double.NaN : v).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(points,
                    new CellRangeAddress(firstRow, last, series.column(), series.column()).formatAsString(sheet, true));
            XDDFChartData.Series drawn = data.addSeries(names, numbers);
            drawn.setTitle(series.name(), null);
            if (drawn instanceof XDDFLineChartData.Series line) {
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setFillProperties(new XDDFSolidFillProperties(colour));
                stroke.setWidth(2.0);
                line.setLineProperties(stroke);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            } else {
                drawn.setFillProperties(new XDDFSolidFillProperties(colour));
            }
        }
        data.setVaryColors(false);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        chart.plot(data);
    }
}
