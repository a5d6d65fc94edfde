package io.github.ateraintercom.transformer.mapping;

import java.util.List;
import java.util.Map;

/** A mapped command, or the rule that refused the record and why. */
public sealed interface MappingResult<T> {

    /**
     * {@code warnings} tell a person what to check although the record migrates (a value kept as
     * written that Atera does not know); {@code atRiskLinks} are the links to files hosted by Atera;
     * {@code facts} what the run's hand-off reports need of the record beyond its command.
     */
    record Mapped<T>(T command, List<String> warnings, List<String> atRiskLinks, Map<String, String> facts) implements MappingResult<T> {

        public Mapped {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            atRiskLinks = atRiskLinks == null ? List.of() : List.copyOf(atRiskLinks);
            facts = facts == null ? Map.of() : facts;
        }

        public Mapped(T command, List<String> warnings, List<String> atRiskLinks) {
            this(command, warnings, atRiskLinks, null);
        }

        public Mapped(T command) {
            this(command, null, null, null);
        }

        /** The same outcome for another command, e.g. the conversation joined with its custom data. */
        public Mapped<T> with(T other) {
            return new Mapped<>(other, warnings, atRiskLinks, facts);
        }
    }

    /** {@code column} names the source column at fault; {@code message} tells a person what to fix. */
    record Refused<T>(String rule, String column, String message) implements MappingResult<T> {
    }
}
