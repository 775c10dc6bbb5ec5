package org.techbench.service.asset;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.techbench.domain.asset.AssetKind;
import org.techbench.domain.asset.AssetStatus;

/**
 * What imports have learnt, kept in a small file in the data folder: how the user read the columns
 * of a file with given headers (with its order of day and month and its default site), and which of our kinds and
 * statuses another tool's values stand for. A file that cannot be read is treated as empty.
 */
public final class ImportMemory {

    private static final Logger LOG = LoggerFactory.getLogger(ImportMemory.class);

    private final Path file;

    public ImportMemory(Path file) {
        this.file = file;
    }

    /** The headers of a file, in order, as one short key: files with the same headers share their mapping. */
    public static String signature(List<String> headers) {
        StringBuilder joined = new StringBuilder();
        headers.stream().filter(header -> !header.isBlank()).forEach(header -> joined.append(AssetField.simplify(header)).append('\u0001'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code given} completed with what was remembered; what {@code given} says wins. */
    public ImportMapping recall(String signature, ImportMapping given) {
        Properties p = load();
        String columnsPrefix = "columns." + signature + ".";
        Map<String, String> columns = new HashMap<>();
        Map<String, AssetKind> kinds = new HashMap<>();
        Map<String, AssetStatus> statuses = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            try {
                if (key.startsWith(columnsPrefix)) {
                    columns.put(key.substring(columnsPrefix.length()), value);
                } else if (key.startsWith("kind.")) {
                    kinds.put(key.substring("kind.".length()), AssetKind.valueOf(value));
                } else if (key.startsWith("status.")) {
                    statuses.put(key.substring("status.".length()), AssetStatus.valueOf(value));
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("Ignoring a remembered value that no longer exists: {}={}", key, value);
            }
        }
        columns.putAll(given.columns());
        kinds.putAll(given.kinds());
        statuses.putAll(given.statuses());
        DateOrder order = given.dateOrder();
        if (order == null && p.getProperty("dates." + signature) != null) {
            order = DateOrder.valueOf(p.getProperty("dates." + signature));
        }
        String site = given.defaultSite() != null ? given.defaultSite() : p.getProperty("site." + signature);
        return new ImportMapping(columns, given.preset(), site, given.createSites(), given.strict(), order, kinds, statuses);
    }

    /** Keeps how a file with these headers was read, for the next one. */
    public void remember(String signature, ImportMapping used) {
        Properties p = load();
        String columnsPrefix = "columns." + signature + ".";
        p.stringPropertyNames().stream().filter(key -> key.startsWith(columnsPrefix)).forEach(p::remove);
        used.columns().forEach((header, field) -> p.setProperty(columnsPrefix + header, field));
        if (used.defaultSite() != null) {
            p.setProperty("site." + signature, used.defaultSite());
        }
        if (used.dateOrder() != null) {
            p.setProperty("dates." + signature, used.dateOrder().name());
        }
        used.kinds().forEach((value, kind) -> p.setProperty("kind." + value, kind.name()));
        used.statuses().forEach((value, status) -> p.setProperty("status." + value, status.name()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(writer, "How TechBench read the columns and values of imported files");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not remember the import's mapping in {}: {}", file, e.getMessage());
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable import memory {}: {}", file, e.getMessage());
            }
        }
        return p;
    }
}
