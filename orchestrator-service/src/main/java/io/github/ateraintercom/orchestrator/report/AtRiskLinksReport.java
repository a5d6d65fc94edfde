package io.github.ateraintercom.orchestrator.report;

import jakarta.inject.Singleton;

/** Links to files hosted by Atera, which stop working once the account closes. */
@Singleton
class AtRiskLinksReport extends NoteReport {

    AtRiskLinksReport(RecordNotes notes) {
        super(notes, RecordNotes.Kind.AT_RISK_LINK, "At-risk links",
                "Links to files hosted by Atera, in migrated bodies and attachments: they stop working once the Atera account "
                        + "is closed. Download each file and attach it again (or host it elsewhere) before then.");
    }

    @Override
    public String name() {
        return "at-risk-links";
    }
}
