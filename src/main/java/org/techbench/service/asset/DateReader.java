package org.techbench.service.asset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as people write them: 2024-03-31, 2024.3.31, 2024年3月31日, and with the year last
 * 31/03/2024 or 3/31/24, whose order of day and month one file keeps for all its rows.
 */
public final class DateReader {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2}|\\d{4})");
    /** Two-digit years up to this many years ahead are this century's, the others the last one's. */
    private static final int YEARS_AHEAD = 30;

    private final DateOrder order;
    private final int thisYear;

    /** A reader for one file; {@code order} null when its dates never put the year last, or it is unknown. */
    public DateReader(DateOrder order, int thisYear) {
        this.order = order;
        this.thisYear = thisYear;
    }

    /** The date the text names; empty when it names none, or puts the year last and the order is unknown. */
    public Optional<LocalDate> read(String text) {
        String value = text.strip();
        Matcher m = YEAR_FIRST.matcher(value);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = YEAR_LAST.matcher(value);
        if (!m.matches() || order == null) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = year(m.group(3));
        return order == DateOrder.DAY_FIRST ? date(year, second, first) : date(year, first, second);
    }

    /** Whether this reader was given no order for dates with the year last. */
    public boolean orderUnknown() {
        return order == null;
    }

    /** Whether the text puts the year last, so that reading it needs the file's order. */
    public static boolean yearLast(String text) {
        return YEAR_LAST.matcher(text.strip()).matches();
    }

    /**
     * What a file's dates tell, gathered one text at a time as the file is read: its year-last dates
     * are day first if one of them has a first number above 12, month first if one has a second number
     * above 12; undecided when none tells (every one could be either) or they disagree.
     */
    public static final class Survey {
        private boolean dayFirst;
        private boolean monthFirst;
        private String example;

        public void add(String text) {
            Matcher m = YEAR_LAST.matcher(text.strip());
            if (m.matches()) {
                example = example == null ? text.strip() : example;
                dayFirst |= Integer.parseInt(m.group(1)) > 12;
                monthFirst |= Integer.parseInt(m.group(2)) > 12;
            }
        }

        /** The first text with the year last, or empty. */
        public String example() {
            return example == null ? "" : example;
        }

        public Decision decision() {
            boolean any = example != null;
            if (dayFirst && monthFirst) {
                return new Decision(null, true, any);
            }
            return new Decision(dayFirst ? DateOrder.DAY_FIRST : monthFirst ? DateOrder.MONTH_FIRST : null, false, any);
        }
    }

    /** What a file's dates tell: the order, whether they contradict each other, whether any puts the year last. */
    public record Decision(DateOrder order, boolean contradictory, boolean anyYearLast) {
    }

    private int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        int century = thisYear / 100 * 100;
        return century + year <= thisYear + YEARS_AHEAD ? century + year : century - 100 + year;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
