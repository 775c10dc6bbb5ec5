package org.techbench.service.maintenance;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.techbench.domain.maintenance.ChecklistItem;
import org.techbench.domain.maintenance.ChecklistTemplate;

/** Fills in a printed checklist form as Excel saves it: a result, a reading and a note per item, then the sign-off. */
public final class FormFiller {

    public static final int RESULT = 2;
    public static final int READING = 3;
    public static final int NOTE = 5;
    public static final int ID = 6;

    private FormFiller() {
    }

    /** Result, reading and note for each item by its key: everything answered, the 12 V rail low (11.1 V). */
    public static Map<String, String[]> everyRequiredAnswered(ChecklistTemplate template) {
        Map<String, String[]> answers = new HashMap<>();
        for (ChecklistItem item : template.items()) {
            answers.put(item.key(), switch (item.answerType()) {
                case READING -> new String[] {null, "70", null};
                case CHOICE -> new String[] {item.choiceList().getFirst(), null, null};
                default -> new String[] {"Pass", null, null};
            });
        }
        answers.put("psu-12v", new String[] {null, "11.1", "Rail sags under load"});
        answers.put("fan-speed", new String[] {null, "1200", null});
        answers.put("free-space", new String[] {null, "40", null});
        answers.put("memory", new String[] {"N/A", null, null});
        return answers;
    }

    /** The form with the answers, signed on {@code date} by {@code customer} (either may be null), saved as a new file beside it. */
    public static Path fill(Path form, ChecklistTemplate template, Map<String, String[]> answers, String date,
                            String customer) throws Exception {
        Path filled = form.resolveSibling("filled-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook book = open(form)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int last = 0;
            for (ChecklistItem item : template.items()) {
                Row row = rowOf(sheet, item);
                last = Math.max(last, row.getRowNum());
                String[] given = answers.get(item.key());
                if (given == null) {
                    continue;
                }
                if (given[0] != null) {
                    row.getCell(RESULT).setCellValue(given[0]);
                }
                if (given[1] != null) {
                    if (given[1].matches("[0-9.]+")) {
                        row.getCell(READING).setCellValue(Double.parseDouble(given[1]));
                    } else {
                        row.getCell(READING).setCellValue(given[1]);
                    }
                }
                if (given[2] != null) {
                    row.getCell(NOTE).setCellValue(given[2]);
                }
            }
            Row sign = sheet.getRow(last + 2);
            sign.getCell(2).setCellValue("Zhang Wei");
            if (date != null) {
                sign.getCell(5).setCellValue(LocalDate.parse(date));
            }
            if (customer != null) {
                sheet.getRow(last + 3).getCell(2).setCellValue(customer);
            }
            save(book, filled);
        }
        return filled;
    }

    /** The row of an item, found by the id in the hidden column. */
    public static Row rowOf(XSSFSheet sheet, ChecklistItem item) {
        for (Row row : sheet) {
            if (row.getCell(ID) != null && item.id().toString().equals(row.getCell(ID).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + item.key());
    }

    public static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static void save(XSSFWorkbook book, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }
}
