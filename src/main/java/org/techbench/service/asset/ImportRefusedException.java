package org.techbench.service.asset;

/** The file cannot be imported at all (empty, too large, not CSV or XLSX, unknown encoding, damaged). */
public final class ImportRefusedException extends RuntimeException {
    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
