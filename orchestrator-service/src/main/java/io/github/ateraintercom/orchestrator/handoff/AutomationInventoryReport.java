package io.github.ateraintercom.orchestrator.handoff;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.orchestrator.handoff.RecordContents.ContentRow;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Every Atera automation rule (automation_rules.csv) by kind, with its trigger, conditions, actions
 * and whether it is active, and the Intercom feature that rebuilds it ({@link AutomationEquivalents}):
 * rules are configuration an admin sets up again, never written by the run.
 */
@Singleton
class AutomationInventoryReport implements RunReport {

    private final RecordContents contents;

    AutomationInventoryReport(RecordContents contents) {
        this.contents = contents;
    }

    @Override
    public String name() {
        return "automation-inventory";
    }

    @Override
    public String markdown(Run run) {
        List<Rule> rules = rules(run.id);
        StringBuilder out = new StringBuilder("# Automation inventory of run ").append(run.id).append("\n\n")
                .append("Atera automation rules are configuration, not data: none is written to Intercom. An admin rebuilds ")
                .append("the active ones with the Intercom feature their kind recommends.\n\n## Recommended Intercom equivalents\n\n");
        ReportTable recommendations = new ReportTable("kind", "rules", "active", "Intercom equivalent", "how");
        for (AutomationEquivalents.Equivalent equivalent : AutomationEquivalents.ALL) {
            List<Rule> ofKind = rules.stream().filter(rule -> rule.equivalent() == equivalent).toList();
            recommendations.row(equivalent.kind(), ofKind.size(), ofKind.stream().filter(Rule::active).count(), equivalent.intercom(),
                    equivalent.how());
        }
        out.append(recommendations.markdown());
        for (AutomationEquivalents.Equivalent equivalent : AutomationEquivalents.ALL) {
            List<Rule> ofKind = rules.stream().filter(rule -> rule.equivalent() == equivalent).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(equivalent.kind()).append(" → ").append(equivalent.intercom()).append("\n\n");
            ReportTable table = new ReportTable("rule id", "name", "kind as written", "trigger", "conditions", "actions", "active");
            ofKind.forEach(rule -> table.row(rule.ruleId(), rule.name(), rule.kind(), rule.trigger(), rule.conditions(), rule.actions(),
                    rule.active() ? "yes" : "no"));
            out.append(table.markdown());
        }
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        ReportTable table = new ReportTable("rule_id", "name", "kind", "trigger", "conditions", "actions", "active", "intercom_equivalent");
        rules(run.id).forEach(rule -> table.row(rule.ruleId(), rule.name(), rule.kind(), rule.trigger(), rule.conditions(), rule.actions(),
                rule.active(), rule.equivalent().intercom()));
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(rules(run.id));
    }

    private List<Rule> rules(String runId) {
        return contents.of(runId, ObjectType.AUTOMATION_RULE).stream().filter(row -> !row.fields().isEmpty()).map(AutomationInventoryReport::rule)
                .toList();
    }

    private static Rule rule(ContentRow row) {
        return new Rule(row.value("RuleID"), row.value("Name"), row.value("Kind"), row.value("Trigger"), row.value("Conditions"),
                row.value("Actions"), "true".equalsIgnoreCase(row.value("Active")), AutomationEquivalents.of(row.value("Kind")));
    }

    /** One rule as Atera states it, and the Intercom feature its kind recommends. */
    record Rule(String ruleId, String name, String kind, String trigger, String conditions, String actions, boolean active,
                AutomationEquivalents.Equivalent equivalent) {
    }
}
