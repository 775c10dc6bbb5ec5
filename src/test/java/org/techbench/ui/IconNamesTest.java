package org.techbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZIkonHandler;

/** Every icon the window's code names exists: a wrong name throws only when its screen is first drawn. */
class IconNamesTest {

    private static final Pattern ICON = Pattern.compile("\"(md(al|mz)-[a-z0-9_]+)\"");

    @Test
    void everyIconNamedInTheWindowsCodeExists() throws IOException {
        var al = new Material2ALIkonHandler();
        var mz = new Material2MZIkonHandler();
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/techbench/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = ICON.matcher(Files.readString(file));
                while (matcher.find()) {
                    named++;
                    String icon = matcher.group(1);
                    var handler = icon.startsWith("mdal-") ? al : mz;
                    try {
                        handler.resolve(icon);
                    } catch (IllegalArgumentException e) {
                        missing.add(file.getFileName() + ": " + icon);
                    }
                }
            }
        }
        assertThat(named).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
