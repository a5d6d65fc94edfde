package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.RecordGate;
import io.github.ateraintercom.extractor.source.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * Extracts one object's API lists for one run: every item received is published or rejected (no id,
 * or an id already received: Atera does not promise a stable order across pages), numbered in the
 * order it is handled, and the object closes with its counts and the SHA-256 of its items' canonical
 * JSON, owner fields included.
 */
final class ListExtraction {

    private final ApiObject object;
    private final RecordGate gate;
    private final MessageDigest digest = Sha256.digest();
    private long itemsRead;

    ListExtraction(String runId, ObjectType type, ApiObject object, ExtractionSink sink) {
        this.object = object;
        this.gate = new RecordGate(runId, type, object.sourceName(), sink);
    }

    FileExtracted run(PageReader pages, String modifiedSince) {
        try (gate) {
            pages.readEach(object.lists(modifiedSince), (list, page) -> page.items().forEach(item -> item(list.owned(item))));
        }
        return new FileExtracted(object.sourceName(), itemsRead, gate.published(), gate.rejected(),
                HexFormat.of().formatHex(digest.digest()));
    }

    private void item(JsonNode item) {
        String canonical = CanonicalJson.of(item);
        digest.update((canonical + "\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> columns = object.columns(item);
        long publishedBefore = gate.published();
        gate.row(++itemsRead, columns, () -> canonical);
        if (gate.published() > publishedBefore) {
            object.published(columns);
        }
    }
}
