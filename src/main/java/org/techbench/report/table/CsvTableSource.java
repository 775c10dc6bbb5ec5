package org.techbench.report.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read from disk on every pass, decoded strictly in the encoding found when it was opened.
 * Its header is the first record; blank rows are left out.
 */
final class CsvTableSource implements TableSource {

    private final Path file;
    private final Charset charset;
    private final int markLength;
    private final String encoding;
    private final char delimiter;
    private final Sheet sheet;

    private CsvTableSource(Path file, Charset charset, int markLength, String encoding) throws TableFileRefused {
        this.file = file;
        this.charset = charset;
        this.markLength = markLength;
        this.encoding = encoding;
        this.delimiter = delimiter(firstLine());
        List<String> headers = new ArrayList<>();
        try (Reader reader = reader(); CSVParser parser = parser(reader)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new TableFileRefused(TableFileRefused.Reason.EMPTY, "file.noHeader", null, file);
            }
            records.next().forEach(cell -> headers.add(cell.strip()));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused(e);
        }
        this.sheet = new Sheet(file.getFileName().toString().replaceFirst("\\.[^.]*$", ""), List.copyOf(headers));
    }

    /** Opens a CSV file whose encoding is told by its byte-order mark, else found by decoding it whole. */
    static CsvTableSource open(Path file, byte[] start) throws TableFileRefused {
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            return new CsvTableSource(file, java.nio.charset.StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (startsWith(start, 0xFF, 0xFE)) {
            return new CsvTableSource(file, java.nio.charset.StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (startsWith(start, 0xFE, 0xFF)) {
            return new CsvTableSource(file, java.nio.charset.StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        if (containsZeroByte(file)) {
            throw new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.notText", null, file);
        }
        for (Charset candidate : List.of(java.nio.charset.StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            if (decodesWhole(file, candidate)) {
                return new CsvTableSource(file, candidate, 0, candidate.name());
            }
        }
        throw new TableFileRefused(TableFileRefused.Reason.UNKNOWN_ENCODING, "file.unknownEncoding", null, file);
    }

    @Override
    public TableFile.Format format() {
        return TableFile.Format.CSV;
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public List<Sheet> sheets() {
        return List.of(sheet);
    }

    @Override
    public void forEachRow(int sheetIndex, Consumer<TableRow> action) throws TableFileRefused {
        try (Reader reader = reader(); CSVParser parser = parser(reader)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = new ArrayList<>(record.size());
                Set<Integer> formulas = Set.of();
                boolean blank = true;
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i).strip();
                    // A CSV cell that starts with '=' runs as a formula when the file is opened in Excel.
                    if (value.startsWith("=")) {
                        formulas = formulas.isEmpty() ? new HashSet<>() : formulas;
                        formulas.add(i);
                    }
                    blank &= value.isEmpty();
                    cells.add(value);
                }
                if (!blank) {
                    action.accept(new TableRow((int) record.getRecordNumber(), cells, formulas));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused(e);
        }
    }

    private TableFileRefused refused(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new TableFileRefused(TableFileRefused.Reason.UNKNOWN_ENCODING, "file.badMark", e, file, charset.name());
        }
        if (cause instanceof org.apache.commons.csv.CSVException || !(cause instanceof IOException)) {
            return new TableFileRefused(TableFileRefused.Reason.NOT_A_TABLE, "file.badCsv", e, file, e.getMessage());
        }
        return new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
    }

    private CSVParser parser(Reader reader) throws IOException {
        return CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()).get();
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(markLength);
        return new BufferedReader(new InputStreamReader(in, strict(charset)), 1 << 16);
    }

    private String firstLine() throws TableFileRefused {
        try (BufferedReader reader = (BufferedReader) reader()) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw refused(e);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodesWhole(Path file, Charset charset) throws TableFileRefused {
        char[] buffer = new char[1 << 16];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict(charset))) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
    }

    private static boolean containsZeroByte(Path file) throws TableFileRefused {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new TableFileRefused(TableFileRefused.Reason.UNREADABLE, "file.unreadable", e, file, e.getMessage());
        }
    }

    /** Excel writes ';' where the decimal separator is ','; the first line tells which one a file uses. */
    private static char delimiter(String first) {
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
