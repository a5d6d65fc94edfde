package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.common.intercom.ConversationCommand;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.util.List;

/**
 * What one ticket's history became: its conversation (or the refusal of the ticket as a whole), and
 * the comments and work hours refused on their own, each with its reason.
 */
record TicketHistory(MappingResult<ConversationCommand> conversation, List<Refusal> refusedRecords) {

    record Refusal(StagedRecord record, MappingResult.Refused<?> reason) {
    }
}
