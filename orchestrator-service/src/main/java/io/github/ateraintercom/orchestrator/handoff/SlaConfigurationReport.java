package io.github.ateraintercom.orchestrator.handoff;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.orchestrator.handoff.RecordContents.ContentRow;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each Atera SLA policy (sla_policies.csv) with its targets per priority, and what an admin sets in
 * Intercom for it. Intercom SLAs are configuration an admin creates and applies to conversations
 * through workflows, not data the API writes: so each policy and priority becomes one Intercom SLA
 * to create, with its first reply time, time to close and office hours, and the contracts (and their
 * customers) that use it say where to apply it.
 */
@Singleton
class SlaConfigurationReport implements RunReport {

    private final RecordContents contents;

    SlaConfigurationReport(RecordContents contents) {
        this.contents = contents;
    }

    @Override
    public String name() {
        return "sla-configuration";
    }

    @Override
    public String markdown(Run run) {
        StringBuilder out = new StringBuilder("# SLA configuration of run ").append(run.id).append("\n\n")
                .append("Atera SLA policies are configuration, not data: nothing of them is written to Intercom. For each policy ")
                .append("and priority an admin creates an Intercom SLA (Settings → Helpdesk → SLAs) with the targets below, office ")
                .append("hours on when the policy counts business hours only, and applies it with a workflow (\"Apply an SLA\") to ")
                .append("the conversations of that priority (conversation attribute `atera_priority`) of the customers that use ")
                .append("the policy (company attribute `contract_sla`, when contracts are written as attributes).\n");
        List<Policy> policies = policies(run.id);
        if (policies.isEmpty()) {
            return out.append("\nThe export has no SLA policy.\n").toString();
        }
        for (Policy policy : policies) {
            out.append("\n## ").append(policy.name() == null ? "SLAID " + policy.slaId() : policy.name() + " (SLAID " + policy.slaId() + ")")
                    .append("\n\n");
            ReportTable targets = new ReportTable("priority", "first response (min)", "resolution (min)", "business hours only",
                    "Intercom SLA", "first reply time", "time to close", "office hours");
            policy.targets().forEach(target -> targets.row(target.priority(), target.firstResponseMinutes(), target.resolutionMinutes(),
                    target.businessHoursOnly(), target.intercom().name(), target.intercom().firstReplyTime(),
                    target.intercom().timeToClose(), target.intercom().officeHours()));
            out.append(targets.markdown()).append("\nUsed by: ").append(policy.contracts().isEmpty() ? "no contract of the export"
                    : String.join("; ", policy.contracts().stream().map(contract -> "contract " + contract.contractId() + " "
                    + contract.name() + " (customer " + contract.customerId() + ")").toList())).append(".\n");
        }
        return out.toString();
    }

    @Override
    public Optional<String> csv(Run run) {
        ReportTable table = new ReportTable("sla_id", "policy", "priority", "first_response_minutes", "resolution_minutes",
                "business_hours_only", "intercom_sla", "intercom_first_reply_time", "intercom_time_to_close", "intercom_office_hours",
                "contracts", "customers");
        for (Policy policy : policies(run.id)) {
            String contracts = String.join(";", policy.contracts().stream().map(UsingContract::contractId).toList());
            String customers = String.join(";", policy.contracts().stream().map(UsingContract::customerId).distinct().toList());
            policy.targets().forEach(target -> table.row(policy.slaId(), policy.name(), target.priority(), target.firstResponseMinutes(),
                    target.resolutionMinutes(), target.businessHoursOnly(), target.intercom().name(), target.intercom().firstReplyTime(),
                    target.intercom().timeToClose(), target.intercom().officeHours(), contracts, customers));
        }
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(policies(run.id));
    }

    private List<Policy> policies(String runId) {
        Map<String, List<UsingContract>> users = new LinkedHashMap<>();
        contents.of(runId, ObjectType.CONTRACT).stream().filter(contract -> contract.value("SLAID") != null)
                .forEach(contract -> users.computeIfAbsent(contract.value("SLAID"), id -> new ArrayList<>()).add(new UsingContract(
                        contract.value("ContractID"), contract.value("ContractName"), contract.value("CustomerID"))));
        Map<String, List<ContentRow>> bySla = new LinkedHashMap<>();
        contents.of(runId, ObjectType.SLA_POLICY).stream().filter(row -> !row.fields().isEmpty())
                .forEach(row -> bySla.computeIfAbsent(row.value("SLAID"), id -> new ArrayList<>()).add(row));
        List<Policy> policies = new ArrayList<>();
        bySla.forEach((slaId, rows) -> {
            String name = rows.stream().map(row -> row.value("Name")).filter(value -> value != null).findFirst().orElse(null);
            policies.add(new Policy(slaId, name, rows.stream().map(row -> target(name == null ? "SLA " + slaId : name, row)).toList(),
                    users.getOrDefault(slaId, List.of())));
        });
        return policies;
    }

    private static Target target(String policyName, ContentRow row) {
        String priority = row.value("Priority");
        boolean businessHours = "true".equalsIgnoreCase(row.value("BusinessHoursOnly"));
        return new Target(priority, row.value("FirstResponseMinutes"), row.value("ResolutionMinutes"), businessHours,
                new IntercomSla(policyName + " – " + (priority == null ? "any priority" : priority),
                        Minutes.spoken(row.value("FirstResponseMinutes")), Minutes.spoken(row.value("ResolutionMinutes")),
                        businessHours ? "office hours" : "every hour (24/7)"));
    }

    /** One Atera SLA policy: its targets per priority and the contracts that name it. */
    record Policy(String slaId, String name, List<Target> targets, List<UsingContract> contracts) {
    }

    /** A priority's targets as Atera states them (minutes, as written), and the Intercom SLA to create. */
    record Target(String priority, String firstResponseMinutes, String resolutionMinutes, boolean businessHoursOnly,
                  IntercomSla intercom) {
    }

    /** What to set in Intercom's SLA settings. */
    record IntercomSla(String name, String firstReplyTime, String timeToClose, String officeHours) {
    }

    record UsingContract(String contractId, String name, String customerId) {
    }
}
