package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.orchestrator.mapping.AttributeManifest;
import io.github.ateraintercom.orchestrator.mapping.MappingVersions;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * What an admin checks in the Intercom workspace before the run writes, with this run's figures,
 * and what a migration through Intercom's API cannot do. Intercom's API cannot answer these
 * questions itself (notification settings, workflows), so they are a checklist, not checks.
 */
@ApplicationScoped
class PreflightChecklist implements RunReport {

    private final OutcomeStore outcomes;
    private final MappingVersions mappings;

    PreflightChecklist(OutcomeStore outcomes, MappingVersions mappings) {
        this.outcomes = outcomes;
        this.mappings = mappings;
    }

    @Override
    public String name() {
        return "preflight";
    }

    @Override
    public String markdown(Run run) {
        Optional<AttributeManifest> manifest = mappings.proposedManifest(run.id);
        OutcomeStore.ObjectCounts technicians = outcomes.counts(run.id).stream().filter(object -> object.objectType().equals("technician")).findFirst()
                .orElse(new OutcomeStore.ObjectCounts("technician", 0, 0, 0, 0, 0, 0));
        StringBuilder out = new StringBuilder("# Pre-flight checklist of run ").append(run.id).append("\n\n");
        out.append("Before the run writes to ").append(run.targetBaseUrl).append(":\n\n");
        out.append("- [ ] **Outbound messages off.** Teammates' replies are sent with `skip_notifications`, but workflows, ")
                .append("series and auto-messages that trigger on a new conversation or a reply still fire: pause them, and ")
                .append("turn off email forwarding of new conversations, for the run's duration.\n");
        out.append("- [ ] **No required conversation attributes.** An attribute required to close a conversation makes ")
                .append("the close refused: mark them not required until the run has ended.\n");
        out.append("- [ ] **Seats provisioned.** ").append(technicians.loaded()).append(" technicians matched a teammate so far, ")
                .append(technicians.held()).append(" did not; ")
                .append(run.fallbackTeammate == null ? "the run names no fallback teammate: tickets of unmatched technicians are held."
                        : "the fallback teammate " + run.fallbackTeammate + " takes their tickets.")
                .append(" Invite the missing teammates before the conversations phase for their tickets to keep their author.\n");
        out.append("- [ ] **Room for custom attributes.** ").append(manifest.map(attributes -> "The mapping creates "
                        + attributes.count() + " custom attributes").orElse("The run follows the default map without a proposal"))
                .append("; Intercom allows 250 per workspace, counting those that exist already.\n");
        out.append("- [ ] **The Atera account stays open** until every at-risk link (see the at-risk links report) is rehosted.\n");
        out.append("\n## Known limitations\n\n");
        out.append("- Intercom stamps closing, snoozing and assignment with the time of the migration: only messages, notes ")
                .append("and replies keep their original time.\n");
        out.append("- Intercom shows the 500 most recent parts of a conversation.\n");
        out.append("- Custom attributes are never deleted, only archived; deleting a company is an archive Intercom completes ")
                .append("later.\n");
        out.append("- SLA policies and automation rules are configuration, not data: they are listed for an admin to set ")
                .append("up, never written.\n");
        return out.toString();
    }
}
