package org.techbench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code techbench encryption on}: encrypts a plain store and its attachments under a new passphrase. */
@Command(name = "on", mixinStandardHelpOptions = true,
        description = "Encrypt the store and its attachments (with the window closed). Without the passphrase nobody "
                + "can open them, you included: keep it safe.")
public final class EncryptionOnCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Mixin
    NewPassphraseOption newPassphrase = new NewPassphraseOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var folder = global.lockedFolder();
        char[][] next = newPassphrase.read();
        var unlocked = PassphrasePrompt.service().turnOn(folder, next[0], next[1]);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("The store in %s and its attachments are encrypted (key %s). Keep the passphrase safe: it cannot "
                + "be recovered, and without it the store cannot be opened.%n", unlocked.root(), unlocked.key().fingerprint());
        out.flush();
        return 0;
    }
}
