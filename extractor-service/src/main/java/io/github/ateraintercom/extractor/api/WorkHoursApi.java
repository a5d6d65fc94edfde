package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Map;

/**
 * Work hours from {@code GET /workhours}, account-wide, with their rates. WorkhourRecordDto's field
 * names are the export's column names, {@code Billiable} misspelt as Atera spells it; its
 * {@code CustomerID} and {@code EndUserID} are not in the layout. Its only filters are on when the
 * work was done, not when it was recorded, so a run with modifiedSince still reads every record:
 * filtering would miss hours logged late for earlier work.
 */
final class WorkHoursApi extends OneListApi {

    WorkHoursApi() {
        super(ObjectType.WORK_HOUR, "/workhours");
    }

    @Override
    ApiList list(String modifiedSince) {
        return new ApiList(path(), Map.of("includeRates", "true"));
    }
}
