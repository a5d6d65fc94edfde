package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.Requester;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TicketCarriesItsRequesterTest {

    @Test
    void conversationCarriesTheTicketsEndUserFieldsWithTheEmailNormalised() {
        Requester requester = requester("EndUserID", "9999", "EndUserEmail", "Jane.Doe@Example.COM", "EndUserFirstName", "Jane",
                "EndUserLastName", "Doe", "EndUserPhone", "+1 555 0199");

        assertThat(requester).isEqualTo(new Requester("9999", "jane.doe@example.com", "Jane", "Doe", "+1 555 0199"));
        assertThat(requester.describe()).isEqualTo("end user EndUserID 9999, jane.doe@example.com, Jane Doe");
    }

    @Test
    void anEndUserEmailThatIsNotAnAddressIsLeftOutSoTheContactIsALead() {
        Requester requester = requester("EndUserID", "9998", "EndUserEmail", "jane at example", "EndUserLastName", "Doe");

        assertThat(requester).isEqualTo(new Requester("9998", null, null, "Doe", null));
        assertThat(requester.describe()).isEqualTo("end user EndUserID 9998, Doe");
    }

    private static Requester requester(String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("TicketCreatedDate", "2025-10-27T09:00:00Z", "FirstComment", "Hi"));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        StagedRecord ticket = new StagedRecord("run", ObjectType.TICKET, "5003", "5003", new SourceRow("tickets.csv", 2),
                new AteraRow(fields));
        TicketHistory history = TicketToConversation.map(ticket, List.of(), List.of(), ZoneId.of("UTC"), null);
        assertThat(history.conversation()).isInstanceOf(MappingResult.Mapped.class);
        return ((MappingResult.Mapped<ConversationCommand>) history.conversation())
                .command().requester();
    }
}
