package io.github.ateraintercom.orchestrator.handoff;

import java.util.List;
import java.util.Locale;

/**
 * The Intercom feature that rebuilds each kind of Atera automation rule: a fixed table, so every run
 * recommends the same. A kind Atera's export does not define is recommended as {@code Other}.
 */
final class AutomationEquivalents {

    static final Equivalent TICKET_RULE = new Equivalent("TicketRule", "Workflows",
            "a workflow whose trigger is the rule's (a new conversation, a reply, an attribute change), its conditions as the "
                    + "workflow's rules and its actions (assign, tag, set an attribute, reply) as workflow actions");
    static final Equivalent SLA_ESCALATION = new Equivalent("SlaEscalation", "SLAs, applied by Workflows",
            "the policy's targets as Intercom SLAs (see the sla-configuration report), applied by a workflow; the escalation as a "
                    + "workflow branch or teammate notification when an SLA is missed");
    static final Equivalent ALERT_POLICY = new Equivalent("AlertPolicy", "none: it stays with the RMM",
            "device monitoring is out of Intercom's scope: keep the policy in the RMM tool that replaces Atera, and have it open "
                    + "conversations through Intercom's API or by email");
    static final Equivalent OTHER = new Equivalent("Other", "review by hand",
            "rebuild it as a workflow when it acts on conversations; leave it to the tool that owns it otherwise");
    static final List<Equivalent> ALL = List.of(TICKET_RULE, SLA_ESCALATION, ALERT_POLICY, OTHER);

    private AutomationEquivalents() {
    }

    static Equivalent of(String kind) {
        String normalised = kind == null ? "" : kind.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
        return ALL.stream().filter(equivalent -> equivalent.kind().toLowerCase(Locale.ROOT).equals(normalised)).findFirst().orElse(OTHER);
    }

    /** The Intercom feature ({@code intercom}) that rebuilds the rules of {@code kind}, and how. */
    record Equivalent(String kind, String intercom, String how) {
    }
}
