package io.github.ateraintercom.extractor.csv;

import io.github.ateraintercom.common.atera.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileReaderTest {

    @TempDir
    Path dir;

    private final List<String> rows = new ArrayList<>();
    private final List<String> bad = new ArrayList<>();
    private final RowSink sink = new RowSink() {
        @Override
        public void row(long line, Map<String, String> fields) {
            rows.add(line + " " + fields);
        }

        @Override
        public void bad(long line, String column, String rule, String message, String original) {
            bad.add(line + " " + column + " " + rule + " " + message);
        }
    };

    @Test
    void rowLinesCountEmbeddedNewlinesAndCrlfAndBomIsIgnored() throws IOException {
        Path file = write("\uFEFFCustomerID,CustomerName,Notes\r\n1,Acme,\"two\r\nlines\"\r\n2,\"Quote \"\"d\"\", comma\",x\r\n");

        FileStats stats = read(file, 1000);

        assertThat(rows).containsExactly(
                "2 {CustomerID=1, CustomerName=Acme, Notes=two\r\nlines}",
                "4 {CustomerID=2, CustomerName=Quote \"d\", comma, Notes=x}");
        assertThat(bad).isEmpty();
        assertThat(stats.rowsRead()).isEqualTo(2);
    }

    @Test
    void headersMatchForgivinglyAndUnknownColumnsBecomeCustomFields() throws IOException {
        Path file = write("customer_id,Customer Name,zip-code-str,Custom: Contract Tier,Region\n7,Acme,75002,Gold,EU\n");

        read(file, 1000);

        assertThat(rows).containsExactly(
                "2 {CustomerID=7, CustomerName=Acme, ZipCodeStr=75002, Custom: Contract Tier=Gold, Custom: Region=EU}");
    }

    @Test
    void raggedOversizedAndInvalidUtf8RowsAreRejectedWithLineAndColumnAndTheFileGoesOn() throws IOException {
        byte[] invalid = "3,Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = concat("CustomerID,CustomerName\n1,Acme\n2\n".getBytes(StandardCharsets.UTF_8), invalid,
                "\n4,ABCDEFGHIJKLMNOP\n5,Last\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("customers.csv");
        Files.write(file, content);

        FileStats stats = read(file, 10);

        assertThat(rows).containsExactly("2 {CustomerID=1, CustomerName=Acme}", "6 {CustomerID=5, CustomerName=Last}");
        assertThat(bad).containsExactly(
                "3 null ragged-row row has 1 values but the header has 2",
                "4 CustomerName invalid-utf8 CustomerName contains bytes that are not valid UTF-8",
                "5 CustomerName oversized-field CustomerName holds 16 characters, more than the limit of 10");
        assertThat(stats.rowsRead()).isEqualTo(5);
    }

    @Test
    void checksumIsTheSha256OfTheWholeFile() throws IOException, NoSuchAlgorithmException {
        String content = "CustomerID,CustomerName\n1,Acme\n";
        Path file = write(content);

        FileStats stats = read(file, 1000);

        assertThat(stats.checksum()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void missingKeyColumnIsFatalAndNamesTheFile() throws IOException {
        Path file = write("Name,City\nAcme,Paris\n");

        assertThatThrownBy(() -> read(file, 1000))
                .isInstanceOf(FatalFileError.class)
                .hasMessageStartingWith("customers.csv line 1: key column CustomerID is not in the header");
    }

    @Test
    void unterminatedQuoteIsFatalAndNamesWhereTheRowBegan() throws IOException {
        Path file = write("CustomerID,CustomerName\n1,Acme\n2,\"Never closed\n3,Other\n");

        assertThatThrownBy(() -> read(file, 1000))
                .isInstanceOf(FatalFileError.class)
                .hasMessageStartingWith("customers.csv line 3:");
    }

    private FileStats read(Path file, int maxFieldChars) {
        return new CsvFileReader(maxFieldChars).read(file, new HeaderMatcher(ExportLayout.columns(ObjectType.CUSTOMER)),
                "CustomerID", sink);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("customers.csv"), content, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
