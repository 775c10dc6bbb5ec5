package org.techbench.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments that only open the window ({@code --data DIR}, {@code --exit-after-start}). Recognised
 * without picocli, whose start-up cost would otherwise delay the first frame.
 */
public record WindowArguments(Path data, boolean exitAfterStart) {

    /** The window request these arguments make, or empty when they name a command or anything else. */
    public static Optional<WindowArguments> parse(String[] args) {
        Path data = null;
        boolean exitAfterStart = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--exit-after-start")) {
                exitAfterStart = true;
            } else if (arg.equals("--data") && i + 1 < args.length && data == null) {
                data = Path.of(args[++i]);
            } else if (arg.startsWith("--data=") && arg.length() > "--data=".length() && data == null) {
                data = Path.of(arg.substring("--data=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowArguments(data, exitAfterStart));
    }

    /** The data folder for a request without --data, found as every command finds it. */
    public static Path dataOrNull(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            } else if (args[i].startsWith("--data=")) {
                return Path.of(args[i].substring("--data=".length()));
            }
        }
        return null;
    }
}
