package org.techbench.ui.common;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Makes a double click on a table's row open the record it names, where a screen shows it. */
public final class RowClicks {

    private RowClicks() {
    }

    public static <T> void opensOnDoubleClick(TableView<T> table, Function<T, Optional<Place>> place, Navigator navigator) {
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    place.apply(row.getItem()).ifPresent(navigator::goTo);
                }
            });
            return row;
        });
    }
}
