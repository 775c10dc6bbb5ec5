package org.techbench.ui.assets;

import java.util.Collections;
import javafx.collections.ObservableListBase;

/**
 * The table's items: the positions 0..size-1 of the current search result. It holds no rows, so
 * a 100k-row result costs nothing; cells ask the view model for the row at their position.
 */
final class IndexList extends ObservableListBase<Integer> {

    private int size;

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    void resize(int newSize) {
        if (newSize == size) {
            return;
        }
        int old = size;
        beginChange();
        if (newSize < old) {
            size = newSize;
            nextRemove(newSize, Collections.nCopies(old - newSize, 0));
        } else {
            size = newSize;
            nextAdd(old, newSize);
        }
        endChange();
    }
}
