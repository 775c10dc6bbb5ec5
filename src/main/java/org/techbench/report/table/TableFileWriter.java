package org.techbench.report.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets of text, row by row so that large exports need little memory: CSV (UTF-8 with a
 * BOM, so Excel on Chinese Windows opens it correctly; one sheet) or XLSX. The file appears
 * complete or not at all: it is written beside the target and moved into place on commit.
 */
public final class TableFileWriter {

    /** An open output: add rows to its sheets, then commit (or close without committing to discard). */
    public interface Output extends AutoCloseable {
        void row(int sheet, List<String> cells) throws IOException;

        void commit() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** A sheet to write: its name and header cells. */
    public record SheetHeader(String name, List<String> headers) {
    }

    public Output open(Path target, TableFile.Format format, List<SheetHeader> sheets) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".techbench-", ".part");
        try {
            return format == TableFile.Format.CSV ? new CsvOutput(target, temporary, sheets.getFirst())
                    : new XlsxOutput(target, temporary, sheets);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class CsvOutput implements Output {
        private final Path target;
        private final Path temporary;
        private final Writer writer;
        private final CSVPrinter printer;
        private boolean committed;

        CsvOutput(Path target, Path temporary, SheetHeader sheet) throws IOException {
            this.target = target;
            this.temporary = temporary;
            this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(sheet.headers());
        }

        @Override
        public void row(int sheet, List<String> cells) throws IOException {
            printer.printRecord(cells);
        }

        @Override
        public void commit() throws IOException {
            printer.close(true);
            moveIntoPlace(temporary, target);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                printer.close();
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static final class XlsxOutput implements Output {
        private final Path target;
        private final Path temporary;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        private final List<Sheet> sheets = new ArrayList<>();
        private final List<Integer> nextRow = new ArrayList<>();
        private boolean committed;

        XlsxOutput(Path target, Path temporary, List<SheetHeader> headers) {
            this.target = target;
            this.temporary = temporary;
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (SheetHeader header : headers) {
                Sheet sheet = workbook.createSheet(header.name());
                Row row = sheet.createRow(0);
                for (int c = 0; c < header.headers().size(); c++) {
                    row.createCell(c).setCellValue(header.headers().get(c));
                    row.getCell(c).setCellStyle(bold);
                    sheet.setColumnWidth(c, 18 * 256);
                }
                sheet.createFreezePane(0, 1);
                sheets.add(sheet);
                nextRow.add(1);
            }
        }

        @Override
        public void row(int sheet, List<String> cells) {
            int number = nextRow.get(sheet);
            nextRow.set(sheet, number + 1);
            Row row = sheets.get(sheet).createRow(number);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }

        @Override
        public void commit() throws IOException {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            workbook.close();
            moveIntoPlace(temporary, target);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                workbook.close();
                Files.deleteIfExists(temporary);
            }
        }
    }
}
