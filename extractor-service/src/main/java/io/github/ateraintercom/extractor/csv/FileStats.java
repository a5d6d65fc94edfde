package io.github.ateraintercom.extractor.csv;

/** What reading one file found: its data rows and the SHA-256 of its bytes. */
public record FileStats(long rowsRead, String checksum) {
}
