package io.github.ateraintercom.common.event;

/**
 * One export file read to its end: every data row was either published or rejected, and the
 * checksum (SHA-256 of the file's bytes) ties the counts to the exact file that was read.
 */
public record FileExtracted(String file, long rowsRead, long rowsPublished, long rowsRejected, String checksum)
        implements MigrationEvent {
}
