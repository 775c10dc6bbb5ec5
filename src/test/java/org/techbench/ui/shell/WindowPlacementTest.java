package org.techbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 738);

    @Test
    void aWindowTallerThanTheLaptopScreenIsCutDownToFitIt() {
        assertThat(WindowPlacement.fit(43, -11, 1280, 800, LAPTOP)).isEqualTo(new WindowPlacement(43, 0, 1280, 738));
    }

    @Test
    void aWindowLeftOnTheRightOfABigMonitorComesBackWhole() {
        assertThat(WindowPlacement.fit(1500, 200, 1200, 700, LAPTOP)).isEqualTo(new WindowPlacement(166, 38, 1200, 700));
    }

    @Test
    void aFirstStartIsCentred() {
        assertThat(WindowPlacement.fit(Double.NaN, Double.NaN, 1280, 720, LAPTOP))
                .isEqualTo(new WindowPlacement(43, 9, 1280, 720));
    }
}
