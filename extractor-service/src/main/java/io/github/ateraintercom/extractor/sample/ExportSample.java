package io.github.ateraintercom.extractor.sample;

import io.github.ateraintercom.common.event.SampleChosen;

import java.util.Map;
import java.util.Set;

/**
 * The rows of an export a sample run extracts, by file and line, and why they were chosen. A row
 * left out is neither published nor counted, so the sample's files balance on their own; the RMM
 * files are counted up to the sample's size.
 */
public record ExportSample(Map<String, Set<Long>> lines, Map<String, Long> excluded, SampleChosen report) {

    public ExportSample {
        lines = Map.copyOf(lines);
        excluded = Map.copyOf(excluded);
    }

    /** Whether the sample holds that row of that file. */
    public boolean includes(String file, long line) {
        return lines.getOrDefault(file, Set.of()).contains(line);
    }
}
