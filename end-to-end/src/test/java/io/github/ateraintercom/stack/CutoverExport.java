package io.github.ateraintercom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export an operator takes at cutover, while the helpdesk went on: the sample export as it was,
 * with a customer renamed, a contact's phone changed, a ticket resolved with a new comment, a new
 * ticket of an existing contact and a new customer. Everything else is the same.
 */
final class CutoverExport {

    static final String RENAMED_CUSTOMER = "1007";
    static final String NEW_NAME = "Summit Ridge Federal Credit Union";
    static final String CHANGED_CONTACT = "2008";
    static final String NEW_PHONE = "+1 416 555 0177";
    static final String RESOLVED_TICKET = "T-5001";
    static final String NEW_COMMENT = "Replaced the fuser unit; the printer is back online.";
    static final String NEW_TICKET = "T-5007";
    static final String NEW_TICKET_TITLE = "Scanner stopped sending to email";
    static final String NEW_CUSTOMER = "1010";
    static final String NEW_CUSTOMER_NAME = "Osprey Analytics";

    private CutoverExport() {
    }

    /** Writes the newer export of {@code export} into {@code directory}; answers the directory. */
    static Path of(Path export, Path directory) {
        try (Stream<Path> files = Files.list(export)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
            change(directory.resolve("customers.csv"),
                    "1007,Summit Ridge Credit Union,2018-02-28,2025-10-30T12:00:00Z,",
                    "1007," + NEW_NAME + ",2018-02-28,2025-12-01T09:00:00Z,");
            append(directory.resolve("customers.csv"), NEW_CUSTOMER + "," + NEW_CUSTOMER_NAME + ",2025-11-25T10:00:00Z,2025-11-25T10:00:00Z,"
                    + "OA-2025,osprey-analytics.com,9 Fjord Road,Bergen,,Norway,5003,+47 55 55 01 00,,,,Silver");
            change(directory.resolve("contacts.csv"),
                    "priya@mapleleafvet.ca,+1 416 555 0134,,true,false,2022-10-01T09:00:00-04:00,2025-06-01T12:00:00-04:00,",
                    "priya@mapleleafvet.ca," + NEW_PHONE + ",,true,false,2022-10-01T09:00:00-04:00,2025-12-01T09:00:00-05:00,");
            change(directory.resolve("tickets.csv"),
                    "5001,T-5001,Front desk printer offline,High,Minor,Open,Email,Incident,2001,grace.hopper@northwinddental.com,Grace,Hopper,"
                            + "2025-10-06T08:15:00Z,,",
                    "5001,T-5001,Front desk printer offline,High,Minor,Resolved,Email,Incident,2001,grace.hopper@northwinddental.com,Grace,"
                            + "Hopper,2025-10-06T08:15:00Z,2025-12-01T10:00:00Z,");
            append(directory.resolve("tickets.csv"), "5007," + NEW_TICKET + "," + NEW_TICKET_TITLE + ",Medium,Minor,Open,Email,Incident,2001,"
                    + "grace.hopper@northwinddental.com,Grace,Hopper,2025-12-01T08:00:00Z,,The reception scanner no longer emails its scans.,"
                    + "1001,Northwind Dental Group,301,Tom Tech,tom.tech@sandbox.example,");
            append(directory.resolve("ticket_comments.csv"), "5001,2025-12-01T09:55:00Z," + NEW_COMMENT
                    + ",,,301,tom.tech@sandbox.example,Tom,Tech,false,");
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void change(Path file, String was, String is) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content.split(Pattern.quote(was), -1)).as("%s holds %s once", file, was).hasSize(2);
        Files.writeString(file, content.replace(was, is), StandardCharsets.UTF_8);
    }

    private static void append(Path file, String row) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + row + "\n", StandardCharsets.UTF_8);
    }
}
