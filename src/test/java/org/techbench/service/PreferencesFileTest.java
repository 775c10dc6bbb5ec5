package org.techbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {

    @TempDir
    Path folder;

    @Test
    void languageThemeBoundsAndHiddenColumnsAreRemembered() {
        PreferencesFile file = new PreferencesFile(folder.resolve("settings.properties"));
        Preferences saved = Preferences.defaults().withLocale(Preferences.SIMPLIFIED_CHINESE).withDark(true)
                .withBounds(10, 20, 1400, 860, false).withHiddenAssetColumns(Set.of("column-hostname", "column-make"));
        file.save(saved);
        assertThat(file.load()).isEqualTo(saved);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new PreferencesFile(folder.resolve("none.properties")).load().hiddenAssetColumns()).isEmpty();
    }
}
