package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportFile;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.github.ateraintercom.extractor.source.RunSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a whole source and publishes nothing: per file its rows and column profiles, the custom
 * fields (the columns of each file, and the definitions and values of custom_fields.csv and
 * custom_values.csv), the tags and Help Center collections the data names, the RMM rows left out of
 * scope, and the cross-file findings. The source is an export directory, or Atera's API read as a run
 * would read it, each list reported under the export file it stands for, so one mapping proposal
 * serves both. A file that cannot be read is reported with its problem and the discovery goes on, so
 * one report shows everything.
 */
public final class SourceDiscovery {

    private final CsvFileReader reader;

    public SourceDiscovery(CsvFileReader reader) {
        this.reader = reader;
    }

    public DiscoveryReport discover(Path directory, ZoneId accountZone) {
        List<Path> present = csvFiles(directory);
        Survey survey = new Survey(accountZone);
        for (ExportFile layout : ExportLayout.FILES) {
            Path file = find(present, layout.name());
            if (file == null) {
                survey.absent(layout);
                continue;
            }
            present.remove(file);
            survey.profile(layout, sink -> OptionalLong.of(reader.read(file, new HeaderMatcher(layout.columns()), layout.key(), sink)
                    .rowsRead()));
        }
        present.forEach(unknown -> survey.files.add(new FileProfile(unknown.getFileName().toString(), 0, 0, List.of(),
                "not part of the export layout: ignored")));
        return survey.report(directory.toString());
    }

    /**
     * Reads every object {@code source} serves, every item of every list, as an extraction would (an
     * item without an id, or read twice, is a bad row); its RMM lists are only counted.
     */
    public DiscoveryReport discover(RunSource source, ZoneId accountZone) {
        Survey survey = new Survey(accountZone);
        for (ExportFile layout : ExportLayout.FILES) {
            Optional<ObjectType> type = layout.excluded() ? Optional.empty() : objectOf(layout);
            if (type.isEmpty()) {
                continue;
            }
            survey.profile(layout, sink -> source.extract(type.get(), rowsTo(sink))
                    .map(list -> OptionalLong.of(list.rowsRead())).orElse(OptionalLong.empty()));
        }
        survey.excluded.putAll(source.countExcluded());
        return survey.report(source.location());
    }

    private static Optional<ObjectType> objectOf(ExportFile layout) {
        return Arrays.stream(ObjectType.values()).filter(ObjectType::extracted)
                .filter(type -> type.fileName().equals(layout.name())).findFirst();
    }

    /** An extraction's records and rejects as the rows and bad rows of a file. */
    private static ExtractionSink rowsTo(RowSink rows) {
        return new ExtractionSink() {
            @Override
            public void record(Envelope<AteraRow> row) {
                rows.row(row.sourceRow().line(), row.payload().fields());
            }

            @Override
            public void reject(Envelope<Reject> reject) {
                rows.bad(reject.sourceRow().line(), reject.payload().column(), reject.payload().rule(), reject.payload().message(),
                        null);
            }
        };
    }

    /** Reads one file's rows into a sink and answers how many it read; empty when the source has no such file. */
    @FunctionalInterface
    private interface FileRead {
        OptionalLong into(RowSink sink);
    }

    /** What a discovery has found so far, file after file. */
    private static final class Survey {

        private final FileFindings findings;
        private final CustomFieldFindings customFieldFindings = new CustomFieldFindings();
        private final SchemaNameFindings names = new SchemaNameFindings();
        private final List<FileProfile> files = new ArrayList<>();
        private final Map<String, Long> excluded = new TreeMap<>();
        private final Map<String, List<String>> customFields = new TreeMap<>();
        private final List<String> missingRequired = new ArrayList<>();

        Survey(ZoneId accountZone) {
            this.findings = new FileFindings(accountZone);
        }

        void absent(ExportFile layout) {
            if (layout.presence() == ExportFile.Presence.REQUIRED) {
                missingRequired.add(layout.name());
            }
        }

        void profile(ExportFile layout, FileRead read) {
            Optional<FileProfile> found = profileOf(layout, read);
            if (found.isEmpty()) {
                absent(layout);
                return;
            }
            FileProfile profile = found.get();
            if (layout.excluded()) {
                excluded.put(layout.name(), profile.rows());
                return;
            }
            files.add(profile);
            List<String> custom = profile.columns().stream().map(ColumnProfile::name)
                    .filter(CustomAttributeNames::isCustom).map(CustomAttributeNames::fieldName).toList();
            if (!custom.isEmpty()) {
                customFields.put(layout.name(), custom);
            }
        }

        private Optional<FileProfile> profileOf(ExportFile layout, FileRead read) {
            Map<String, ColumnProfiler> columns = new LinkedHashMap<>();
            long[] badRows = {0};
            RowSink sink = new RowSink() {
                @Override
                public void row(long line, Map<String, String> fields) {
                    if (layout.excluded()) {
                        return;
                    }
                    fields.forEach((column, value) -> columns.computeIfAbsent(column, ColumnProfiler::new).accept(value));
                    findings.row(layout.name(), fields);
                    customFieldFindings.row(layout.name(), fields);
                    names.row(layout.name(), fields);
                }

                @Override
                public void bad(long line, String column, String rule, String message, String original) {
                    badRows[0]++;
                }
            };
            try {
                OptionalLong rows = read.into(sink);
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new FileProfile(layout.name(), rows.getAsLong(), badRows[0],
                        columns.values().stream().map(ColumnProfiler::profile).toList(), null));
            } catch (FatalSourceError e) {
                return Optional.of(new FileProfile(layout.name(), 0, badRows[0], List.of(), e.getMessage()));
            }
        }

        DiscoveryReport report(String source) {
            return new DiscoveryReport(source, files, missingRequired, excluded, customFields,
                    findings.ticketDates(), findings.contactsWithoutEmail(), findings.ticketsWithUnknownRequester(),
                    List.copyOf(findings.missingTechnicians()), customFieldFindings.fields(), names.tags(), names.collections(),
                    findings.createdDates());
        }
    }

    private static List<Path> csvFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new FatalSourceError(directory + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return new ArrayList<>(entries.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList());
        } catch (IOException e) {
            throw new FatalSourceError(directory + " cannot be listed: " + e.getMessage(), e);
        }
    }

    private static Path find(List<Path> present, String name) {
        return present.stream().filter(path -> path.getFileName().toString().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
