package io.github.ateraintercom.transformer.technician;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An Atera technician → the teammate to match: Email (lower-cased: the match ignores case),
 * Firstname and Lastname → name, Active → active (all three also told to the teammate-seats report). Teammates are matched by email, never created, so a
 * technician without one cannot be matched and is refused; their tickets go to the run's fallback.
 */
public final class TechnicianToTeammate {

    private TechnicianToTeammate() {
    }

    public static MappingResult<TeammateCommand> map(AteraRow row) {
        String email = row.value("Email");
        if (email == null) {
            return new MappingResult.Refused<>("required", "Email",
                    "Email is empty: a technician is matched to an Intercom teammate by email");
        }
        String first = row.value("Firstname");
        String last = row.value("Lastname");
        String name = first == null ? last : last == null ? first : first + " " + last;
        String active = row.value("Active");
        TeammateCommand teammate = new TeammateCommand(email.toLowerCase(Locale.ROOT), name,
                active == null ? null : Boolean.valueOf("true".equalsIgnoreCase(active)));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(RecordFacts.EMAIL, teammate.email());
        if (name != null) {
            facts.put(RecordFacts.NAME, name);
        }
        if (teammate.active() != null) {
            facts.put(RecordFacts.ACTIVE, teammate.active().toString());
        }
        return new MappingResult.Mapped<>(teammate, null, null, facts);
    }
}
