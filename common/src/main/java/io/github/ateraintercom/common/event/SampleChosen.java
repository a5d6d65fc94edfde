package io.github.ateraintercom.common.event;

import java.util.List;

/**
 * What a sample run's extraction chose, and why, published before its records: per source, how many
 * rows the source holds and how many are in the sample; per case that breaks migrations (a ticket
 * status, an unassigned ticket, a contact without email…), the records that cover it, or none when
 * the source has no record of that case.
 */
public record SampleChosen(int size, List<SampleObject> objects, List<SampleCase> cases) implements MigrationEvent {

    public SampleChosen {
        objects = List.copyOf(objects);
        cases = List.copyOf(cases);
    }

    /**
     * One source's rows in the export and in the sample; {@code note} says why the sample holds more
     * than the size asked (e.g. the contacts the chosen tickets refer to), null otherwise.
     */
    public record SampleObject(String file, String objectType, long rowsInExport, long rowsInSample, String note) {
    }

    /**
     * One case: the object it is a case of, its description ("ticket with an internal note"), the ids
     * of the sample's records that cover it, and whether the source has any record of it (when it has
     * but none is in the sample, the sample is too small to cover every case).
     */
    public record SampleCase(String objectType, String description, List<String> records, boolean inSource) {

        public SampleCase {
            records = List.copyOf(records);
        }

        public boolean covered() {
            return !records.isEmpty();
        }
    }
}
