package io.github.ateraintercom.common.outcome;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.common.intercom.Requester;
import io.github.ateraintercom.common.intercom.TeammateCommand;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Services of different versions share the command and result topics: each must read the other's messages. */
class ResultsAndConversationsStayReadableAcrossVersionsTest {

    @Test
    void resultWithoutDetailReadsAsNoDetailAndADetailSurvivesTheRoundTrip() {
        byte[] before = envelope("contact", "{\"status\":\"LOADED\",\"intercomId\":\"abc\"}");

        assertThat(payload(new EnvelopeSerde<>(LoadResult.class).decode(before))).isEqualTo(LoadResult.loaded("abc"));
        Envelope<LoadResult> merged = Envelope.of("r1", ObjectType.CONTACT, "2002", new SourceRow("contacts.csv", 3), LoadResult.loaded("abc", "same email as EndUserID 2001"));
        assertThat(payload(new EnvelopeSerde<>(LoadResult.class).decode(EnvelopeSerde.encode(merged))))
                .isEqualTo(LoadResult.loaded("abc", "same email as EndUserID 2001"));
    }

    @Test
    void unmatchedTechnicianSurvivesTheRoundTripAndAResultWithoutOneReadsAsNone() {
        Envelope<LoadResult> unmatched = Envelope.of("r1", ObjectType.TECHNICIAN, "303", new SourceRow("technicians.csv", 3),
                LoadResult.unmatched(LoadResult.Status.HELD, "no Intercom teammate has the email ola@msp.example",
                        new TeammateCommand("ola@msp.example", "Ola Nordmann", false)));

        LoadResult read = payload(new EnvelopeSerde<>(LoadResult.class).decode(EnvelopeSerde.encode(unmatched)));
        assertThat(read).isEqualTo(unmatched.payload());
        assertThat(read.technician().active()).isFalse();
        assertThat(payload(new EnvelopeSerde<>(LoadResult.class).decode(envelope("technician", "{\"status\":\"HELD\",\"reason\":\"r\"}")))
                .technician()).isNull();
    }

    @Test
    void conversationWithoutRequesterReadsAsNoRequesterAndARequesterSurvivesTheRoundTrip() {
        String opening = "{\"source\":{\"objectType\":\"ticket\",\"sourceId\":\"5003\",\"sourceRow\":{\"file\":\"tickets.csv\",\"line\":2}},"
                + "\"author\":\"CONTACT\",\"authorId\":\"9999\",\"kind\":\"COMMENT\",\"body\":\"Hi\",\"createdAt\":1,\"attachmentUrls\":[]}";
        byte[] before = envelope("ticket", "{\"contactId\":\"9999\",\"opening\":" + opening + ",\"parts\":[],\"state\":\"OPEN\"}");
        EnvelopeSerde<ConversationCommand> serde = new EnvelopeSerde<>(ConversationCommand.class);

        ConversationCommand old = payload(serde.decode(before));
        assertThat(old.requester()).isNull();
        ConversationCommand withRequester = new ConversationCommand("9999", null, old.opening(), old.parts(), null, old.attributes(),
                old.tags(), old.state(), old.folded(), null, new Requester("9999", "jane@acme.example", "Jane", "Doe", null));
        assertThat(payload(serde.decode(EnvelopeSerde.encode(Envelope.of("r1", ObjectType.TICKET, "5003", new SourceRow("tickets.csv", 2), withRequester)))))
                .isEqualTo(withRequester);
    }

    private static byte[] envelope(String objectType, String payload) {
        return ("{\"runId\":\"r1\",\"objectType\":\"" + objectType + "\",\"sourceId\":\"1\",\"sourceRow\":{\"file\":\"f.csv\",\"line\":2},"
                + "\"schemaVersion\":1,\"payload\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <P> P payload(Decoded<P> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Readable.class);
        return ((Decoded.Readable<P>) decoded).envelope().payload();
    }
}
