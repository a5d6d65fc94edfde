package io.github.ateraintercom.transformer.technician;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TechnicianToTeammateTest {

    @Test
    void technicianIsMatchedByItsLowerCasedEmailAndToldToTheSeatsReport() {
        assertThat(TechnicianToTeammate.map(new AteraRow(Map.of("TechnicianContactID", "301", "Firstname", "Tom", "Lastname", "Tech",
                "Email", "Tom.Tech@Sandbox.example", "Active", "FALSE"))))
                .isEqualTo(new MappingResult.Mapped<>(new TeammateCommand("tom.tech@sandbox.example", "Tom Tech", false), null, null,
                        Map.of(RecordFacts.EMAIL, "tom.tech@sandbox.example", RecordFacts.NAME, "Tom Tech", RecordFacts.ACTIVE, "false")));
        assertThat(TechnicianToTeammate.map(new AteraRow(Map.of("TechnicianContactID", "302", "Email", "kim@msp.example"))))
                .isEqualTo(new MappingResult.Mapped<>(new TeammateCommand("kim@msp.example", null, null), null, null,
                        Map.of(RecordFacts.EMAIL, "kim@msp.example")));
    }

    @Test
    void technicianWithoutEmailCannotBeMatched() {
        assertThat(TechnicianToTeammate.map(new AteraRow(Map.of("TechnicianContactID", "303", "Firstname", "Ola"))))
                .isEqualTo(new MappingResult.Refused<>("required", "Email",
                        "Email is empty: a technician is matched to an Intercom teammate by email"));
    }
}
