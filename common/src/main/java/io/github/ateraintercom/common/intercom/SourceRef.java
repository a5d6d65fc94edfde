package io.github.ateraintercom.common.intercom;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.SourceRow;

/**
 * A source record folded into another record's command (a comment or work hour into its ticket's
 * conversation): the loader reports its outcome too, so every source row is accounted for.
 */
public record SourceRef(ObjectType objectType, String sourceId, SourceRow sourceRow) {
}
