package io.github.ateraintercom.extractor.csv;

import java.util.List;

/**
 * One file of the export layout: its name, the columns that identify a row, the columns it is
 * expected to carry (anything else is a custom field), and whether it must be present or is out of
 * scope (RMM data, counted and never migrated).
 */
public record ExportFile(String name, List<String> key, List<String> columns, Presence presence) {

    public enum Presence { REQUIRED, OPTIONAL, EXCLUDED }

    public boolean excluded() {
        return presence == Presence.EXCLUDED;
    }
}
