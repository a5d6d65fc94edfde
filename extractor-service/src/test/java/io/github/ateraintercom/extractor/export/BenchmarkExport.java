package io.github.ateraintercom.extractor.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A generated export for {@link ExtractionBenchmark}: a few thousand customers, tens of thousands of
 * contacts, N tickets and five comments per ticket on average, with text of realistic length and the
 * awkward parts of real exports (quoted commas, embedded newlines, doubled quotes, some HTML). The
 * same seed gives the same bytes, so figures from different machines read the same files.
 */
final class BenchmarkExport {

    static final int COMMENTS_PER_TICKET = 5;
    private static final int CUSTOMERS = 2_000;
    private static final int CONTACTS = 60_000;
    private static final int TECHNICIANS = 40;
    private static final long FIRST_TICKET_ID = 100_001;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final long START = LocalDateTime.of(2019, 1, 1, 8, 0).toEpochSecond(ZoneOffset.UTC);

    private static final String[] WORDS = ("the printer on the second floor stopped working again after the update "
            + "outlook keeps asking for my password every few minutes and the shared mailbox does not sync "
            + "vpn connection drops when I switch from wifi to the docking station please advise "
            + "I restarted the laptop cleared the cache and reinstalled the driver but the issue persists "
            + "remote session scheduled for tomorrow morning user confirmed availability "
            + "replaced the toner and ran a test page which printed fine closing this once confirmed "
            + "backup job failed overnight with a timeout on the NAS volume retrying now "
            + "new starter needs an account a laptop and access to the finance share by Monday "
            + "license renewed for another year invoice attached for your records "
            + "firewall rule added for the accounting application port as requested").split(" ");
    private static final String[] TITLES = {"Printer offline", "Outlook password prompt", "VPN disconnects",
            "New starter setup", "Backup failure on NAS", "Slow laptop", "Shared drive missing", "MFA reset",
            "Teams audio issue", "License renewal", "Firewall change request", "Phishing email reported"};
    private static final String[] PRIORITIES = {"Low", "Medium", "High", "Critical"};
    private static final String[] STATUSES = {"Open", "Pending", "Resolved", "Closed"};
    private static final String[] SOURCES = {"Email", "Portal", "Phone", "Agent"};
    private static final String[] TYPES = {"Problem", "Request", "Incident", "Change"};
    private static final String[] FIRST = {"Dana", "Fox", "Walter", "Monica", "John", "Jeffrey", "Alvin", "Melissa",
            "Marita", "Brad", "Gibson", "Leyla", "Olivia", "Noah", "Amara", "Kenji"};
    private static final String[] LAST = {"Scully", "Mulder", "Skinner", "Reyes", "Doggett", "Spender", "Kersh",
            "Riley", "Covarrubias", "Follmer", "Praise", "Harrison", "Okafor", "Tanaka", "Silva", "Novak"};
    private static final String[] TAGS = {"hardware", "network", "email", "onboarding", "security", "backup", "printing"};

    private BenchmarkExport() {
    }

    /** The export of {@code tickets} tickets under {@code parent}, generated on first use and reused after. */
    static Path ensure(Path parent, int tickets) throws IOException {
        Path directory = parent.resolve("export-" + tickets + "-tickets");
        Path complete = parent.resolve("export-" + tickets + "-tickets.complete");
        if (Files.isRegularFile(complete)) {
            System.out.printf("reusing the export in %s%n", directory);
            return directory;
        }
        delete(directory);
        Files.createDirectories(directory);
        long start = System.nanoTime();
        System.out.printf("generating %,d tickets and %,d comments in %s ...%n", tickets,
                (long) tickets * COMMENTS_PER_TICKET, directory);
        SplittableRandom random = new SplittableRandom(20_251_102L);
        write(directory, "customers.csv", out -> customers(out, random));
        write(directory, "contacts.csv", out -> contacts(out, random));
        write(directory, "tickets.csv", out -> tickets(out, random, tickets));
        write(directory, "ticket_comments.csv", out -> comments(out, random, tickets));
        // written last: a half-generated export is never taken for a whole one
        Files.writeString(complete, "");
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
        return directory;
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    private static void write(Path directory, String name, Content content) throws IOException {
        Path partial = directory.resolve(name + ".partial");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 20)) {
            content.write(out);
        }
        Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void customers(Writer out, SplittableRandom random) throws IOException {
        out.write("CustomerID,CustomerName,CreatedOn,LastModified,BusinessNumber,Domain,Address,City,State,Country,ZipCodeStr,Phone,Notes\n");
        StringBuilder row = new StringBuilder(256);
        for (int id = 1; id <= CUSTOMERS; id++) {
            row.setLength(0);
            row.append(id).append(',');
            quoted(row, customerName(id)).append(',');
            row.append(date(START - 86_400L * random.nextInt(1_000))).append(',').append(date(START)).append(',');
            row.append("BN-").append(70_000 + id).append(",customer").append(id).append(".example,");
            quoted(row, id + " Harbor Blvd, Suite " + (id % 40 + 1)).append(",Portland,OR,United States,97201,");
            row.append("+1 503 555 ").append(1000 + id % 9000).append(',');
            quoted(row, "Managed since 2019; " + words(random, 60, 160)).append('\n');
            out.append(row);
        }
    }

    private static void contacts(Writer out, SplittableRandom random) throws IOException {
        out.write("EndUserID,CustomerID,CustomerName,Firstname,Lastname,JobTitle,Email,Phone,MobilePhone,IsContactPerson,CreatedOn,LastModified\n");
        StringBuilder row = new StringBuilder(256);
        for (int id = 1; id <= CONTACTS; id++) {
            int customer = customerOf(id);
            row.setLength(0);
            row.append(id).append(',').append(customer).append(',');
            quoted(row, customerName(customer)).append(',');
            row.append(firstName(id)).append(',').append(lastName(id)).append(",Office manager,");
            row.append(email(id, customer)).append(",+1 503 555 ").append(1000 + id % 9000).append(',');
            row.append("+1 971 555 ").append(1000 + (id * 7) % 9000).append(',').append(id % 30 == 0).append(',');
            row.append(date(START - 86_400L * random.nextInt(900))).append(',').append(date(START)).append('\n');
            out.append(row);
        }
    }

    private static void tickets(Writer out, SplittableRandom random, int tickets) throws IOException {
        out.write("TicketID,TicketNumber,TicketTitle,TicketPriority,TicketImpact,TicketStatus,TicketSource,TicketType,"
                + "EndUserID,EndUserEmail,EndUserFirstName,EndUserLastName,EndUserPhone,TicketCreatedDate,TicketResolvedDate,"
                + "FirstComment,LastEndUserCommentTimestamp,LastTechnicianCommentTimestamp,TotalDurationMinutes,"
                + "CustomerID,CustomerName,TechnicianContactID,TechnicianFullName,TechnicianEmail,Tags\n");
        StringBuilder row = new StringBuilder(1024);
        for (int i = 0; i < tickets; i++) {
            long id = FIRST_TICKET_ID + i;
            int user = requesterOf(i);
            int customer = customerOf(user);
            int technician = technicianOf(i);
            long created = createdAt(i);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            row.setLength(0);
            row.append(id).append(',').append(id).append(',');
            quoted(row, TITLES[random.nextInt(TITLES.length)] + " - " + customerName(customer)).append(',');
            row.append(PRIORITIES[random.nextInt(PRIORITIES.length)]).append(",Minor,").append(status).append(',');
            row.append(SOURCES[random.nextInt(SOURCES.length)]).append(',').append(TYPES[random.nextInt(TYPES.length)]).append(',');
            row.append(user).append(',').append(email(user, customer)).append(',').append(firstName(user)).append(',');
            row.append(lastName(user)).append(",+1 503 555 ").append(1000 + user % 9000).append(',');
            row.append(date(created)).append(',');
            if (status.equals("Resolved") || status.equals("Closed")) {
                row.append(date(created + 3_600L * (1 + random.nextInt(72))));
            }
            row.append(',');
            quoted(row, commentText(random, 120, 320)).append(',');
            row.append(date(created + 1_800)).append(',').append(date(created + 3_600)).append(',');
            row.append(random.nextInt(600)).append(',').append(customer).append(',');
            quoted(row, customerName(customer)).append(',');
            row.append(technicianId(technician)).append(',').append(firstName(technician)).append(' ')
                    .append(lastName(technician)).append(',').append(technicianEmail(technician)).append(',');
            quoted(row, TAGS[random.nextInt(TAGS.length)] + ", " + TAGS[random.nextInt(TAGS.length)]).append('\n');
            out.append(row);
        }
    }

    /**
     * Tickets in pairs of 1..9 and 9..1 comments, so the average is exactly five. A comment's date is
     * unique within its ticket, so no comment is a duplicate of another.
     */
    private static void comments(Writer out, SplittableRandom random, int tickets) throws IOException {
        out.write("TicketID,Date,Comment,CommentHtml,EndUserID,TechnicianContactID,Email,FirstName,LastName,IsInternal\n");
        StringBuilder row = new StringBuilder(1024);
        int pair = 0;
        for (int i = 0; i < tickets; i++) {
            if (i % 2 == 0) {
                pair = random.nextInt(9);
            }
            int count = i % 2 == 0 ? 1 + pair : 2 * COMMENTS_PER_TICKET - 1 - pair;
            long id = FIRST_TICKET_ID + i;
            int user = requesterOf(i);
            int technician = technicianOf(i);
            long created = createdAt(i);
            for (int k = 0; k < count; k++) {
                String text = commentText(random, 100, 300);
                boolean byUser = random.nextInt(5) < 3;
                row.setLength(0);
                row.append(id).append(',').append(date(created + 2_220L * (k + 1) + random.nextInt(600))).append(',');
                quoted(row, text).append(',');
                if (random.nextInt(10) == 0) {
                    quoted(row, "<div><p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</p></div>");
                }
                row.append(',');
                if (byUser) {
                    row.append(user).append(",,").append(email(user, customerOf(user))).append(',')
                            .append(firstName(user)).append(',').append(lastName(user)).append(",false\n");
                } else {
                    row.append(',').append(technicianId(technician)).append(',').append(technicianEmail(technician)).append(',')
                            .append(firstName(technician)).append(',').append(lastName(technician)).append(',')
                            .append(random.nextInt(4) == 0).append('\n');
                }
                out.append(row);
            }
        }
    }

    /** Words up to a random length in [min, max), with a clause break, sometimes a quotation, a second paragraph or a sign-off. */
    private static String commentText(SplittableRandom random, int min, int max) {
        StringBuilder text = new StringBuilder(max + 40);
        text.append(words(random, min, max));
        int comma = text.indexOf(" ", text.length() / 3);
        if (comma > 0) {
            text.insert(comma, ',');
        }
        switch (random.nextInt(8)) {
            case 0 -> text.append("\n\nError shown: \"The operation timed out, code 0x80072EE2\"");
            case 1 -> text.append("\nThanks,\nSupport team");
            case 2 -> text.insert(0, "Hi, ");
            default -> {
            }
        }
        return text.toString();
    }

    private static String words(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min);
        StringBuilder text = new StringBuilder(length + 16);
        int word = random.nextInt(WORDS.length);
        while (text.length() < length) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(WORDS[word]);
            // mostly the running text, sometimes a jump: compressible like real prose, never one repeated block
            word = random.nextInt(4) == 0 ? random.nextInt(WORDS.length) : (word + 1) % WORDS.length;
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.append('.').toString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static StringBuilder quoted(StringBuilder row, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return row.append(value);
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        return row.append('"');
    }

    private static long createdAt(int ticket) {
        return START + 90L * ticket;
    }

    private static int requesterOf(int ticket) {
        return 1 + (int) ((ticket * 2_654_435_761L) % CONTACTS);
    }

    private static int technicianOf(int ticket) {
        return ticket * 31 % TECHNICIANS;
    }

    private static int customerOf(int contact) {
        return 1 + contact % CUSTOMERS;
    }

    private static String customerName(int customer) {
        return LAST[customer % LAST.length] + " & " + LAST[(customer / LAST.length) % LAST.length] + ", Inc. " + customer;
    }

    private static String firstName(int person) {
        return FIRST[person % FIRST.length];
    }

    private static String lastName(int person) {
        return LAST[(person / FIRST.length) % LAST.length];
    }

    private static String email(int contact, int customer) {
        return firstName(contact).toLowerCase() + "." + lastName(contact).toLowerCase() + contact + "@customer" + customer + ".example";
    }

    private static int technicianId(int technician) {
        return 900 + technician;
    }

    private static String technicianEmail(int technician) {
        return firstName(technician).toLowerCase() + "." + lastName(technician).toLowerCase() + "@msp.example";
    }

    private static String date(long epochSecond) {
        return DATE.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }
}
