package org.techbench.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.Driver;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What opening an encrypted store needs that its passphrase does not, done while the technician
 * types it: the JIT compiles the key's derivation and the file cipher, and H2 and jOOQ load their
 * classes. An unlock right after it takes about half as long (see docs/performance.md).
 */
public final class StoreWarmUp {

    /** Rounds that get the derivation's loop compiled; the result is thrown away. */
    private static final int DERIVATION_ROUNDS = 200_000;
    private static final int CIPHER_BYTES = 256 * 1024;
    private static final int CIPHER_PASSES = 24;

    private StoreWarmUp() {
    }

    /** Runs the warm-up on the calling thread; it reads and writes no file. */
    public static void run() {
        KeyFile.deriveThrowaway(DERIVATION_ROUNDS);
        warmUpCipher();
        warmUpDatabase();
        Store.warmUpJooq();
    }

    private static void warmUpCipher() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        XtsSectors sectors = new XtsSectors(key);
        byte[] data = new byte[CIPHER_BYTES];
        for (int pass = 0; pass < CIPHER_PASSES; pass++) {
            sectors.encrypt(data, 0, data.length, pass);
            sectors.decrypt(data, 0, data.length, pass);
        }
    }

    /** A query on a private in-memory database, through jOOQ: the engine's classes without a file. */
    private static void warmUpDatabase() {
        try (Connection connection = new Driver().connect("jdbc:h2:mem:", new java.util.Properties())) {
            var dsl = DSL.using(connection, SQLDialect.H2);
            dsl.execute("create table warm_up(id int primary key, name varchar(50))");
            dsl.execute("insert into warm_up values (1, 'warm')");
            dsl.fetch("select name from warm_up where id = 1");
        } catch (SQLException e) {
            throw new IllegalStateException("An in-memory H2 database could not be used", e);
        }
    }
}
