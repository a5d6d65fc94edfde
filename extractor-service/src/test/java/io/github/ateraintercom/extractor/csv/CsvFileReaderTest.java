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
    void checksumIsTheSha256OfTheWholeFile() throws IOException, NoSuchAlgorithmException {
        String content = "CustomerID,CustomerName\n1,Acme\n";
        Path file = write(content);

        FileStats stats = read(file, 1000);

        assertThat(stats.checksum()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8))));
    }

    private FileStats read(Path file, int maxFieldChars) {
        return new CsvFileReader(maxFieldChars).read(file, new HeaderMatcher(ExportLayout.columns(ObjectType.CUSTOMER)),
                ObjectType.CUSTOMER.keyColumns(), sink);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("customers.csv"), content, StandardCharsets.UTF_8);
    }
}
