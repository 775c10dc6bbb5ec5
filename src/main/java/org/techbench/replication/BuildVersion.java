package org.techbench.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build's version (the Maven project's), as the command line, the hub's health and its metrics report it. */
public final class BuildVersion {

    private BuildVersion() {
    }

    /** The version written into the build, such as {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("/org/techbench/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("the build's version file is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
