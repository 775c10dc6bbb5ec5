package org.techbench.domain.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** When a check falls due again: counted from when it was done, or on the calendar. */
class SchedulingTest {

    /** Any day from 2020 to 2031, leap years and month ends included. */
    static final Gen<LocalDate> DAYS = integers().between(0, 12 * 366).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
    static final Gen<CheckFrequency> MONTHLY_OR_LONGER = integers().between(0, 3).map(i -> new CheckFrequency[] {
        CheckFrequency.MONTHLY, CheckFrequency.QUARTERLY, CheckFrequency.HALF_YEARLY, CheckFrequency.YEARLY}[i]);

    @Test
    void aMonthlyCheckDoneOnTheLastDayOfJanuaryIsDueOnTheLastDayOfFebruary() {
        assertThat(Scheduling.FLOATING.nextDue(CheckFrequency.MONTHLY, LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Scheduling.FLOATING.nextDue(CheckFrequency.MONTHLY, LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aFloatingCheckIsDueOnePeriodAfterItWasDoneWhateverTheDay() {
        qt().forAll(MONTHLY_OR_LONGER, DAYS).checkAssert((frequency, done) -> {
            LocalDate next = Scheduling.FLOATING.nextDue(frequency, done);
            assertThat(ChronoUnit.MONTHS.between(done, next.plusDays(3))).isEqualTo(frequency.months());
            assertThat(next).isAfter(done);
        });
    }

    @Test
    void aFixedCheckFallsDueOnTheFirstDayOfACalendarPeriod() {
        qt().forAll(MONTHLY_OR_LONGER, DAYS).checkAssert((frequency, done) -> {
            LocalDate next = Scheduling.FIXED.nextDue(frequency, done);
            assertThat(next.getDayOfMonth()).isEqualTo(1);
            assertThat((next.getMonthValue() - 1) % frequency.months()).isZero();
            assertThat(next).isAfter(done);
        });
    }

    @Test
    void aFixedQuarterlyCheckDoneLateOrEarlyKeepsTheCalendar() {
        // Due on 1 April: done late on 20 April, or early on 25 March, the next is due on 1 July.
        assertThat(Scheduling.FIXED.nextDue(CheckFrequency.QUARTERLY, LocalDate.of(2027, 4, 20))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Scheduling.FIXED.nextDue(CheckFrequency.QUARTERLY, LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Scheduling.FIXED.nextDue(CheckFrequency.MONTHLY, LocalDate.of(2027, 12, 3))).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aFixedCheckIsNeverDueMoreThanOneAndAHalfPeriodsAfterItWasDone() {
        qt().forAll(MONTHLY_OR_LONGER, DAYS).checkAssert((frequency, done) -> assertThat(
                ChronoUnit.DAYS.between(done, Scheduling.FIXED.nextDue(frequency, done)))
                .isBetween(frequency.months() * 28L / 2, frequency.months() * 31L * 3 / 2 + 1));
    }
}
