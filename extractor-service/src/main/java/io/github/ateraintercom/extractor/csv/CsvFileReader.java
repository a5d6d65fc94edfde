package io.github.ateraintercom.extractor.csv;

import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.Sha256;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams one RFC 4180 export file row by row in constant memory: UTF-8 with or without BOM, LF or
 * CRLF, quoted fields with embedded newlines. Rows that cannot be used go to the sink as bad rows
 * with their line and column; only what makes the whole file unusable is fatal.
 */
public final class CsvFileReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setAllowDuplicateHeaderNames(true)
            // blank lines come through as records so every row keeps its true line number
            .setIgnoreEmptyLines(false)
            .get();

    private final int maxFieldChars;

    public CsvFileReader(int maxFieldChars) {
        this.maxFieldChars = maxFieldChars;
    }

    /** Every key column must be in the header; a file read only to count or profile it has none. */
    public FileStats read(Path file, HeaderMatcher headers, List<String> keyColumns, RowSink sink) {
        String name = file.getFileName().toString();
        MessageDigest digest = Sha256.digest();
        try (InputStream raw = Files.newInputStream(file);
             InputStream hashed = new DigestInputStream(raw, digest);
             InputStream unbommed = BOMInputStream.builder().setInputStream(hashed).get();
             Reader reader = new InputStreamReader(unbommed, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE));
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> columns = parser.getHeaderNames().stream().map(headers::canonical).toList();
            if (columns.isEmpty()) {
                // an empty file: no header, no rows, nothing wrong
                hashed.transferTo(OutputStream.nullOutputStream());
                return new FileStats(0, HexFormat.of().formatHex(digest.digest()));
            }
            for (String keyColumn : keyColumns) {
                if (!columns.contains(keyColumn)) {
                    throw new FatalSourceError(name + " line 1: key column " + keyColumn + " is not in the header " + parser.getHeaderNames());
                }
            }
            long rows = readRows(name, parser, columns, sink);
            hashed.transferTo(OutputStream.nullOutputStream());
            return new FileStats(rows, HexFormat.of().formatHex(digest.digest()));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FatalSourceError(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FatalSourceError(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private long readRows(String name, CSVParser parser, List<String> columns, RowSink sink) {
        long rows = 0;
        long nextLine = parser.getCurrentLineNumber() + 1;
        Iterator<CSVRecord> records = parser.iterator();
        while (hasNext(records, name, nextLine)) {
            CSVRecord record = records.next();
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (isBlankLine(record)) {
                continue;
            }
            rows++;
            accept(record, line, columns, sink);
        }
        return rows;
    }

    /** An unterminated quote swallows the rest of the file: that is fatal, and names where it began. */
    private static boolean hasNext(Iterator<CSVRecord> records, String name, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // the parser's own "(startline n)" would repeat the line we name
            throw new FatalSourceError(name + " line " + line + ": "
                    + e.getCause().getMessage().replaceFirst("^\\(startline \\d+\\) ", ""), e);
        }
    }

    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static String original(CSVRecord record) {
        return String.join(",", record.toList());
    }

    private void accept(CSVRecord record, long line, List<String> columns, RowSink sink) {
        // the original row is only spelled out for a reject: good rows never pay for it
        if (record.size() != columns.size()) {
            sink.bad(line, null, "ragged-row", "row has " + record.size() + " values but the header has " + columns.size(),
                    original(record));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = record.get(i);
            String column = columns.get(i);
            if (value.length() > maxFieldChars) {
                sink.bad(line, column, "oversized-field", column + " holds " + value.length()
                        + " characters, more than the limit of " + maxFieldChars, truncate(original(record)));
                return;
            }
            if (value.indexOf('\uFFFD') >= 0) {
                sink.bad(line, column, "invalid-utf8", column + " contains bytes that are not valid UTF-8", original(record));
                return;
            }
            fields.put(column, value);
        }
        sink.row(line, fields);
    }

    private String truncate(String original) {
        return original.length() <= maxFieldChars ? original : original.substring(0, maxFieldChars) + "…";
    }
}
