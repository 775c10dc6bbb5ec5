package org.techbench.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The message bundles as files, for tests that check English and Chinese say the same things. */
public final class Bundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private Bundles() {
    }

    /** A bundle file of {@code src/main/resources/i18n}, read as UTF-8 as the JDK reads it. */
    public static Properties load(String name) {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Bundles.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * What keeps a bundle's English and Chinese files from saying the same things: a key only one
     * of them has, or a message whose two wordings use different arguments. Empty when they agree.
     */
    public static List<String> differences(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");
        List<String> differences = new ArrayList<>();
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.addAll(chinese.stringPropertyNames());
        for (String key : keys) {
            if (!english.containsKey(key) || !chinese.containsKey(key)) {
                differences.add(key + " is only in the " + (english.containsKey(key) ? "English" : "Chinese") + " file");
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(chinese.getProperty(key)))) {
                differences.add(key + " uses other arguments in Chinese");
            }
        }
        return differences;
    }

    private static Set<String> placeholders(String pattern) {
        return matches(PLACEHOLDER, pattern);
    }

    /**
     * Every key the main sources below {@code folder} (such as {@code org/techbench/ui}) name in a
     * string literal matching {@code literal} (its first group is the key).
     */
    public static Set<String> keysNamedInCode(Pattern literal, String folder) {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java").resolve(folder))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                named.addAll(matches(literal, Files.readString(source)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
