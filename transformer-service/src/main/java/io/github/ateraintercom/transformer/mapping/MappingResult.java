package io.github.ateraintercom.transformer.mapping;

import java.util.List;

/** A mapped command, or the rule that refused the record and why. */
public sealed interface MappingResult<T> {

    /**
     * {@code warnings} tell a person what to check although the record migrates (a value kept as
     * written that Atera does not know); {@code atRiskLinks} are the links to files hosted by Atera.
     */
    record Mapped<T>(T command, List<String> warnings, List<String> atRiskLinks) implements MappingResult<T> {

        public Mapped {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            atRiskLinks = atRiskLinks == null ? List.of() : List.copyOf(atRiskLinks);
        }

        public Mapped(T command) {
            this(command, null, null);
        }
    }

    /** {@code column} names the source column at fault; {@code message} tells a person what to fix. */
    record Refused<T>(String rule, String column, String message) implements MappingResult<T> {
    }
}
