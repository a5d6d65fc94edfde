package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.orchestrator.mapping.AttributeManifest;
import io.github.ateraintercom.orchestrator.mapping.CustomFieldTargets;
import io.github.ateraintercom.orchestrator.progress.RunFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a run migrates, from its discovery and its extraction: per object its files and rows, the
 * range of creation dates, the custom fields with the attribute each is written to, and the RMM files
 * left out with their rows. {@code unknown} says what neither has told yet: a run started without a
 * discovery knows its files only once they are extracted, and no dates or custom fields.
 * {@code discovery}: discovered, requested, failed, or none.
 */
public record RunScope(String runId, String discovery, List<SourceFile> files, List<CreatedRange> createdDates,
                       List<CustomField> customFields, Map<String, Long> excludedRows, String excludedCountedBy, List<String> unknown) {

    /** A file: rows the discovery counted and rows the extraction read (null: not known), and why it is not read, if so. */
    public record SourceFile(String object, String file, Long discoveredRows, Long extractedRows, String problem) {
    }

    /** The earliest and latest creation date of a file's rows whose date can be read. */
    public record CreatedRange(String object, String file, String earliest, String latest) {
    }

    /** A custom field: its Atera type (null: not defined) and the attribute it is written to (null: ignored or no mapping). */
    public record CustomField(String object, String file, String field, String fieldType, String model, String attribute,
                              String dataType) {
    }

    static RunScope of(String runId, String discovery, Optional<DiscoveryReport> report, Optional<AttributeManifest> manifest,
                       List<RunFile> extracted, Map<String, Long> excludedByExtraction) {
        List<String> unknown = new ArrayList<>();
        if (report.isEmpty()) {
            unknown.add("the source was not discovered (discovery: " + discovery + "): files are known once extracted, "
                    + "and the creation dates and custom fields are unknown");
        }
        if (extracted.isEmpty()) {
            unknown.add("nothing is extracted yet: the rows extracted are unknown");
        }
        Map<String, Long> excluded = excludedByExtraction;
        String countedBy = "extraction";
        if (excluded.isEmpty()) {
            excluded = report.map(DiscoveryReport::excludedRows).orElse(Map.of());
            countedBy = report.isPresent() ? "discovery" : null;
            if (report.isEmpty()) {
                unknown.add("the RMM files left out are counted once the extraction ends");
            }
        }
        return new RunScope(runId, discovery, files(report, extracted), report.map(RunScope::createdDates).orElse(List.of()),
                report.map(found -> customFields(found, manifest)).orElse(List.of()), new TreeMap<>(excluded), countedBy,
                List.copyOf(unknown));
    }

    private static List<SourceFile> files(Optional<DiscoveryReport> report, List<RunFile> extracted) {
        Map<String, SourceFile> files = new TreeMap<>();
        report.ifPresent(found -> found.files().forEach(file -> files.put(file.file(),
                new SourceFile(object(file.file()), file.file(), file.rows(), null, file.problem()))));
        for (RunFile file : extracted) {
            if (!ObjectType.SCHEMA.wireName().equals(file.objectType)) {
                SourceFile discovered = files.get(file.file);
                files.put(file.file, new SourceFile(file.objectType, file.file, discovered == null ? null : discovered.discoveredRows(),
                        file.rowsRead, discovered == null ? null : discovered.problem()));
            }
        }
        return files.values().stream().sorted(Comparator.comparing(SourceFile::object, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SourceFile::file)).toList();
    }

    private static List<CreatedRange> createdDates(DiscoveryReport report) {
        Map<String, DiscoveryReport.DateRange> dates = new TreeMap<>(report.createdDates());
        if (report.ticketDates() != null) {
            // a report from before creation dates were kept by file has the tickets' range alone
            dates.putIfAbsent(ObjectType.TICKET.fileName(), report.ticketDates());
        }
        return dates.entrySet().stream().map(file -> new CreatedRange(object(file.getKey()), file.getKey(),
                file.getValue().earliest(), file.getValue().latest())).toList();
    }

    private static List<CustomField> customFields(DiscoveryReport report, Optional<AttributeManifest> manifest) {
        return CustomFieldTargets.of(report, manifest).stream().map(field -> {
            AttributeManifest.Attribute attribute = field.attribute();
            return new CustomField(object(field.file()), field.file(), field.field(), field.fieldType(),
                    attribute == null ? null : attribute.model(), attribute == null ? null : attribute.name(),
                    attribute == null ? null : attribute.dataType());
        }).toList();
    }

    /** The object an export file holds; null for a file outside the export layout. */
    private static String object(String file) {
        return Arrays.stream(ObjectType.values()).filter(type -> type.fileName().equalsIgnoreCase(file)).findFirst()
                .map(ObjectType::wireName).orElse(null);
    }
}
