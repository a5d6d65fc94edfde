package io.github.ateraintercom.orchestrator.delta;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.orchestrator.run.InvalidRunRequest;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunRequestValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an operator asks of a delta: a newer export ({@code sourceDirectory}) of a run that read an
 * export directory, or, of a run that read Atera's API, the records modified since
 * {@code modifiedSince} (null: since the base run began); and whether it is a {@code dryRun}.
 */
record DeltaRequest(String sourceDirectory, String modifiedSince, boolean dryRun) {

    private static final Set<String> FIELDS = Set.of("sourceDirectory", "modifiedSince", "dryRun");
    private static final String EXPECTED = "{\"sourceDirectory\": \"<a newer export>\"} for a run of an export directory, "
            + "or {\"modifiedSince\": \"yyyy-MM-ddTHH:mm:ss\"} (optional) for a run of Atera's API; with \"dryRun\": true or false";

    /** The body as sent, or 400 naming the field that is not right. */
    static DeltaRequest of(JsonNode body) {
        if (body == null || body.isNull()) {
            return new DeltaRequest(null, null, false);
        }
        if (!body.isObject()) {
            throw new InvalidRunRequest("the request body must be a JSON object: " + EXPECTED);
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                unknown.add(field);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRunRequest("'" + unknown.get(0) + "' is not a field of a delta: send " + EXPECTED);
        }
        JsonNode dryRun = body.path("dryRun");
        if (!dryRun.isMissingNode() && !dryRun.isNull() && !dryRun.isBoolean()) {
            throw new InvalidRunRequest("dryRun must be true or false, not " + dryRun);
        }
        String modifiedSince = text(body, "modifiedSince");
        if (modifiedSince != null) {
            RunRequestValidator.checkModifiedSince(modifiedSince);
        }
        return new DeltaRequest(text(body, "sourceDirectory"), modifiedSince, dryRun.asBoolean(false));
    }

    /** 400 unless the request names the source the base run's kind reads. */
    DeltaRequest checkedAgainst(Run base) {
        if (SourceKind.fromWireName(base.sourceKind) == SourceKind.EXPORT_DIRECTORY) {
            if (sourceDirectory == null) {
                throw new InvalidRunRequest("sourceDirectory is required: the newer export of the Atera account run " + base.id
                        + " migrated from " + base.sourceDirectory);
            }
            if (modifiedSince != null) {
                throw new InvalidRunRequest("modifiedSince applies only to a delta of a run that read Atera's API; run " + base.id
                        + " read an export directory: send the newer export as sourceDirectory");
            }
        } else if (sourceDirectory != null) {
            throw new InvalidRunRequest("sourceDirectory applies only to a delta of a run that read an export directory; run " + base.id
                    + " read Atera's API: send modifiedSince, or nothing for the records modified since it began");
        }
        return this;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidRunRequest(field + " must be a non-empty text, not " + value);
        }
        return value.asText();
    }
}
