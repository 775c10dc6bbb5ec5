package org.techbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code techbench encryption change-passphrase}: wraps the store's key with a new passphrase. */
@Command(name = "change-passphrase", mixinStandardHelpOptions = true,
        description = "Give the encrypted store a new passphrase. The current one is given as for any command "
                + "(--passphrase-file, $TECHBENCH_PASSPHRASE, or typed); nothing but the key file is rewritten.")
public final class PassphraseChangeCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    NewPassphraseOption newPassphrase = new NewPassphraseOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var folder = global.lockedFolder();
        char[] current = global.passphrase();
        char[][] next = newPassphrase.read();
        PassphrasePrompt.service().changePassphrase(folder, current, next[0], next[1]);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("The store in %s has its new passphrase. The key itself is unchanged, so its backups open with the new passphrase too.%n", folder.root());
        out.flush();
        return 0;
    }
}
