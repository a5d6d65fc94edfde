package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One export file per directory of src/test/resources/csv-corpus, each with the exact outcome it must
 * have: which lines are published, which are rejected with what rule and message, or the fatal error.
 */
class BadCsvCorpusTest {

    private static final int MAX_FIELD_CHARS = 64;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exportHasExactlyItsExpectedOutcome(String name) throws IOException, URISyntaxException {
        Path dir = corpus().resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        boolean detailed = expected.stream().anyMatch(line -> line.startsWith("published") && line.contains("{"));

        List<String> outcome = new ArrayList<>();
        ExtractionSink sink = new ExtractionSink() {
            @Override
            public void record(Envelope<AteraRow> row) {
                outcome.add("published " + row.sourceRow().line() + " " + row.sourceId()
                        + (detailed ? " " + row.payload().fields() : ""));
            }

            @Override
            public void reject(Envelope<Reject> reject) {
                outcome.add("rejected " + reject.sourceRow().line() + " " + reject.payload().rule() + " " + reject.payload().message());
            }
        };
        try {
            ObjectType type = objectOf(dir);
            FileExtracted file = new FileExtraction("run", type, dir.resolve(type.fileName()), sink, FileExtraction.EVERY_ROW)
                    .run(new CsvFileReader(MAX_FIELD_CHARS));
            outcome.add("counts read=" + file.rowsRead() + " published=" + file.rowsPublished() + " rejected=" + file.rowsRejected());
            assertThat(file.rowsRead()).as("every row read is published or rejected")
                    .isEqualTo(file.rowsPublished() + file.rowsRejected());
        } catch (FatalSourceError fatal) {
            outcome.clear();
            outcome.add("fatal " + fatal.getMessage());
        }

        assertThat(outcome).containsExactlyElementsOf(expected);
    }

    /** Each case holds one export file; its name says which object it is. */
    private static ObjectType objectOf(Path dir) {
        return Arrays.stream(ObjectType.values()).filter(type -> Files.exists(dir.resolve(type.fileName())))
                .findFirst().orElseThrow(() -> new IllegalStateException(dir + " holds no export file"));
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(BadCsvCorpusTest.class.getResource("/csv-corpus").toURI());
    }
}
