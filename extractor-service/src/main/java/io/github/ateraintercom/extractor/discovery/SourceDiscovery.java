package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportFile;
import io.github.ateraintercom.extractor.csv.ExportLayout;
import io.github.ateraintercom.extractor.csv.HeaderMatcher;
import io.github.ateraintercom.extractor.csv.RowSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a whole export directory and publishes nothing: per file its rows and column profiles, the
 * custom fields (the columns of each file, and the definitions and values of custom_fields.csv and
 * custom_values.csv), the tags and Help Center collections the data names, the RMM rows left out of
 * scope, and the cross-file findings. A file that cannot be
 * read is reported with its problem and the discovery goes on, so one report shows everything.
 */
public final class SourceDiscovery {

    private final CsvFileReader reader;

    public SourceDiscovery(CsvFileReader reader) {
        this.reader = reader;
    }

    public DiscoveryReport discover(Path directory, ZoneId accountZone) {
        List<Path> present = csvFiles(directory);
        FileFindings findings = new FileFindings(accountZone);
        CustomFieldFindings customFieldFindings = new CustomFieldFindings();
        SchemaNameFindings names = new SchemaNameFindings();
        List<FileProfile> files = new ArrayList<>();
        Map<String, Long> excluded = new TreeMap<>();
        Map<String, List<String>> customFields = new TreeMap<>();
        List<String> missingRequired = new ArrayList<>();
        for (ExportFile layout : ExportLayout.FILES) {
            Path file = find(present, layout.name());
            if (file == null) {
                if (layout.presence() == ExportFile.Presence.REQUIRED) {
                    missingRequired.add(layout.name());
                }
                continue;
            }
            present.remove(file);
            FileProfile profile = profile(file, layout, findings, customFieldFindings, names);
            if (layout.excluded()) {
                excluded.put(layout.name(), profile.rows());
            } else {
                files.add(profile);
                List<String> custom = profile.columns().stream().map(ColumnProfile::name)
                        .filter(CustomAttributeNames::isCustom).map(CustomAttributeNames::fieldName).toList();
                if (!custom.isEmpty()) {
                    customFields.put(layout.name(), custom);
                }
            }
        }
        present.forEach(unknown -> files.add(new FileProfile(unknown.getFileName().toString(), 0, 0, List.of(),
                "not part of the export layout: ignored")));
        return new DiscoveryReport(directory.toString(), files, missingRequired, excluded, customFields,
                findings.ticketDates(), findings.contactsWithoutEmail(), findings.ticketsWithUnknownRequester(),
                List.copyOf(findings.missingTechnicians()), customFieldFindings.fields(), names.tags(), names.collections(),
                findings.createdDates());
    }

    private FileProfile profile(Path file, ExportFile layout, FileFindings findings, CustomFieldFindings customFields,
                                SchemaNameFindings names) {
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
                customFields.row(layout.name(), fields);
                names.row(layout.name(), fields);
            }

            @Override
            public void bad(long line, String column, String rule, String message, String original) {
                badRows[0]++;
            }
        };
        try {
            long rows = reader.read(file, new HeaderMatcher(layout.columns()), layout.key(), sink).rowsRead();
            return new FileProfile(layout.name(), rows, badRows[0], columns.values().stream().map(ColumnProfiler::profile).toList(), null);
        } catch (FatalSourceError e) {
            return new FileProfile(layout.name(), 0, badRows[0], List.of(), e.getMessage());
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
