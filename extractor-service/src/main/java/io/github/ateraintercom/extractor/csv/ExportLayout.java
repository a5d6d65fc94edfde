package io.github.ateraintercom.extractor.csv;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.List;
import java.util.Map;

/** The columns each export file is expected to carry, spelled as Atera's API spells them. */
public final class ExportLayout {

    private static final Map<ObjectType, List<String>> COLUMNS = Map.of(
            ObjectType.CUSTOMER, List.of("CustomerID", "CustomerName", "CreatedOn", "LastModified", "BusinessNumber",
                    "Domain", "Address", "City", "State", "Country", "ZipCodeStr", "Phone", "Fax", "Notes", "Links"));

    private ExportLayout() {
    }

    public static List<String> columns(ObjectType type) {
        return COLUMNS.get(type);
    }
}
