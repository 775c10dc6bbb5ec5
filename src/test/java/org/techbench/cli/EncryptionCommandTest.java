package org.techbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encryption on|change-passphrase}, and every other command asking for the passphrase after. */
class EncryptionCommandTest {

    @TempDir
    Path folder;
    @TempDir
    Path secrets;

    private final CommandLineRun command = new CommandLineRun();
    private Path passphrase;

    @BeforeEach
    void fillAndEncrypt() throws Exception {
        assertThat(command.run("demo-data", "--data", folder.toString(), "--sites", "1", "--assets", "5")).isZero();
        passphrase = Files.writeString(secrets.resolve("passphrase.txt"), "correct horse battery\n");
        assertThat(command.run("encryption", "on", "--data", folder.toString(), "--new-passphrase-file", passphrase.toString()))
                .isZero();
        assertThat(command.out()).startsWith("The store in " + folder + " and its attachments are encrypted (key ");
    }

    private int listAssets(String... passphraseOptions) {
        String[] args = new String[4 + passphraseOptions.length];
        args[0] = "assets";
        args[1] = "list";
        args[2] = "--data";
        args[3] = folder.toString();
        System.arraycopy(passphraseOptions, 0, args, 4, passphraseOptions.length);
        return command.run(args);
    }

    @Test
    void anEncryptedStoreOpensForACommandGivenItsPassphrase() {
        assertThat(listAssets("--passphrase-file", passphrase.toString())).isZero();
        assertThat(command.out().lines().count()).isEqualTo(6); // the header and five assets
    }

    @Test
    void aCommandWithoutThePassphraseSaysHowToGiveIt() {
        assertThat(listAssets()).isNotZero();
        assertThat(command.err()).contains("The store in " + folder + " is encrypted. Give its passphrase with "
                + "--passphrase-file FILE or in TECHBENCH_PASSPHRASE, or run the command in a terminal to type it.");
    }

    @Test
    void aWrongPassphraseIsRefusedAndNothingOpens() throws Exception {
        Path wrong = Files.writeString(secrets.resolve("wrong.txt"), "correct horse batteries\n");

        assertThat(listAssets("--passphrase-file", wrong.toString())).isNotZero();
        assertThat(command.err()).contains("That passphrase does not unlock this store.");
    }

    @Test
    void aChangedPassphraseReplacesTheOldOne() throws Exception {
        Path next = Files.writeString(secrets.resolve("next.txt"), "staple of the west\n");

        assertThat(command.run("encryption", "change-passphrase", "--data", folder.toString(), "--passphrase-file",
                passphrase.toString(), "--new-passphrase-file", next.toString())).isZero();

        assertThat(listAssets("--passphrase-file", passphrase.toString())).isNotZero();
        assertThat(listAssets("--passphrase-file", next.toString())).isZero();
    }

    @Test
    void encryptingTwiceIsRefused() {
        assertThat(command.run("encryption", "on", "--data", folder.toString(), "--new-passphrase-file", passphrase.toString()))
                .isNotZero();
        assertThat(command.err()).contains("is encrypted already");
    }
}
