package io.github.ateraintercom.orchestrator.handoff;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.RecordFacts;
import io.github.ateraintercom.orchestrator.handoff.RecordContents.ContentRow;
import io.github.ateraintercom.orchestrator.report.ReportTable;
import io.github.ateraintercom.orchestrator.report.RunReport;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the customer's billing tool needs, since Intercom keeps no timesheets, contracts or invoices:
 * billable and non-billable hours per company and per ticket (from each ticket's work hours), every
 * contract of the export (whether held for this hand-off or written as company attributes), and the
 * invoices, which are never loaded.
 */
@Singleton
class BillingHandoffReport implements RunReport {

    private static final String NO_CUSTOMER = "";

    private final RecordContents contents;

    BillingHandoffReport(RecordContents contents) {
        this.contents = contents;
    }

    @Override
    public String name() {
        return "billing-handoff";
    }

    @Override
    public String markdown(Run run) {
        Billing billing = billing(run.id);
        StringBuilder out = new StringBuilder("# Billing hand-off of run ").append(run.id).append("\n\n")
                .append("Intercom keeps no timesheets, contracts or invoices: these figures are for the customer's billing tool. ")
                .append("Hours come from each ticket's work hours (Billiable true or false).\n\n## Hours per company\n\n");
        ReportTable companies = new ReportTable("customer id", "customer", "tickets", "billable hours", "non-billable hours");
        billing.companies().forEach(company -> companies.row(company.customerId(), company.customer(), company.tickets(),
                company.billableHours(), company.nonBillableHours()));
        out.append(companies.markdown()).append("\n## Hours per ticket\n\n");
        ReportTable tickets = new ReportTable("ticket id", "number", "title", "customer id", "customer", "billable hours",
                "non-billable hours", "conversation");
        billing.tickets().forEach(ticket -> tickets.row(ticket.ticketId(), ticket.number(), ticket.title(), ticket.customerId(),
                ticket.customer(), ticket.billableHours(), ticket.nonBillableHours(), ticket.conversation()));
        out.append(tickets.markdown()).append("\n## Contracts\n\n");
        ReportTable contracts = new ReportTable("contract id", "customer id", "customer", "name", "type", "rate", "billing period",
                "start", "end", "SLA id", "active", "in Intercom");
        billing.contracts().forEach(contract -> contracts.row(contract.contractId(), contract.customerId(), contract.customer(),
                contract.name(), contract.type(), contract.rate(), contract.billingPeriod(), contract.start(), contract.end(),
                contract.slaId(), contract.active(), contract.inIntercom()));
        out.append(contracts.markdown()).append("\n## Invoices (never loaded)\n\n");
        ReportTable invoices = new ReportTable("invoice id", "number", "customer id", "customer", "date", "total", "currency", "status");
        billing.invoices().forEach(invoice -> invoices.row(invoice.invoiceId(), invoice.number(), invoice.customerId(), invoice.customer(),
                invoice.date(), invoice.total(), invoice.currency(), invoice.status()));
        return out.append(invoices.markdown()).toString();
    }

    /** One table for tools: a row per company, ticket, contract and invoice, {@code kind} saying which. */
    @Override
    public Optional<String> csv(Run run) {
        Billing billing = billing(run.id);
        ReportTable table = new ReportTable("kind", "id", "customer_id", "customer", "description", "billable_hours",
                "non_billable_hours", "amount", "currency", "date", "status");
        billing.companies().forEach(company -> table.row("company", company.customerId(), company.customerId(), company.customer(),
                company.tickets() + (company.tickets() == 1 ? " ticket" : " tickets"), company.billableHours(), company.nonBillableHours(), null, null, null, null));
        billing.tickets().forEach(ticket -> table.row("ticket", ticket.ticketId(), ticket.customerId(), ticket.customer(),
                join(ticket.number(), ticket.title()), ticket.billableHours(), ticket.nonBillableHours(), null, null, null,
                ticket.conversation()));
        billing.contracts().forEach(contract -> table.row("contract", contract.contractId(), contract.customerId(), contract.customer(),
                join(contract.name(), contract.type() == null ? null : "(" + contract.type() + ", " + contract.billingPeriod() + ")"), null,
                null, contract.rate(), null, contract.start() == null && contract.end() == null ? null
                        : (contract.start() == null ? "" : contract.start()) + "/" + (contract.end() == null ? "" : contract.end()),
                contract.inIntercom()));
        billing.invoices().forEach(invoice -> table.row("invoice", invoice.invoiceId(), invoice.customerId(), invoice.customer(),
                invoice.number() == null ? null : "invoice " + invoice.number(), null, null, invoice.total(), invoice.currency(),
                invoice.date(), invoice.status()));
        return Optional.of(table.csv());
    }

    @Override
    public Optional<Object> json(Run run) {
        return Optional.of(billing(run.id));
    }

    private Billing billing(String runId) {
        List<Ticket> tickets = contents.of(runId, ObjectType.TICKET).stream().filter(row -> !row.fields().isEmpty())
                .map(BillingHandoffReport::ticket).toList();
        Map<String, String> customerNames = new HashMap<>();
        tickets.stream().filter(ticket -> ticket.customer() != null).forEach(ticket -> customerNames.putIfAbsent(ticket.customerId(),
                ticket.customer()));
        Map<String, List<Ticket>> byCompany = new TreeMap<>();
        tickets.forEach(ticket -> byCompany.computeIfAbsent(ticket.customerId() == null ? NO_CUSTOMER : ticket.customerId(),
                id -> new ArrayList<>()).add(ticket));
        List<Company> companies = new ArrayList<>();
        byCompany.forEach((customerId, ofCompany) -> companies.add(new Company(customerId.isEmpty() ? null : customerId,
                customerNames.get(customerId), ofCompany.size(), ofCompany.stream().map(Ticket::billableHours).reduce(BigDecimal.ZERO,
                BigDecimal::add), ofCompany.stream().map(Ticket::nonBillableHours).reduce(BigDecimal.ZERO, BigDecimal::add))));
        List<Contract> contracts = contents.of(runId, ObjectType.CONTRACT).stream().filter(row -> !row.fields().isEmpty())
                .map(row -> contract(row, customerNames)).toList();
        List<Invoice> invoices = contents.of(runId, ObjectType.INVOICE).stream().filter(row -> !row.fields().isEmpty())
                .map(row -> new Invoice(row.value("InvoiceID"), row.value("InvoiceNumber"), row.value("CustomerID"),
                        customerNames.get(row.value("CustomerID")), row.value("Date"), row.value("Total"), row.value("Currency"),
                        row.value("Status"))).toList();
        return new Billing(companies, tickets, contracts, invoices);
    }

    private static Ticket ticket(ContentRow row) {
        return new Ticket(row.sourceId(), row.value(RecordFacts.TICKET_NUMBER), row.value(RecordFacts.TITLE),
                row.value(RecordFacts.CUSTOMER_ID), row.value(RecordFacts.CUSTOMER_NAME), hours(row.value(RecordFacts.BILLABLE_HOURS)),
                hours(row.value(RecordFacts.NON_BILLABLE_HOURS)), row.outcome().toLowerCase(Locale.ROOT));
    }

    private static Contract contract(ContentRow row, Map<String, String> customerNames) {
        String inIntercom = row.loaded() ? "written as company attributes"
                : "HELD".equals(row.outcome()) ? "held: " + row.reason() : row.outcome().toLowerCase(Locale.ROOT);
        return new Contract(row.value("ContractID"), row.value("CustomerID"), customerNames.get(row.value("CustomerID")),
                row.value("ContractName"), row.value("ContractType"), row.value("Rate"), row.value("BillingPeriod"), row.value("StartDate"),
                row.value("EndDate"), row.value("SLAID"), row.value("Active"), inIntercom);
    }

    private static BigDecimal hours(String written) {
        return written == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(written);
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    record Billing(List<Company> companies, List<Ticket> tickets, List<Contract> contracts, List<Invoice> invoices) {
    }

    /** A company's hours: the sum over its tickets. */
    record Company(String customerId, String customer, int tickets, BigDecimal billableHours, BigDecimal nonBillableHours) {
    }

    /** {@code conversation}: where the ticket's conversation stands (loaded, held, …). */
    record Ticket(String ticketId, String number, String title, String customerId, String customer, BigDecimal billableHours,
                  BigDecimal nonBillableHours, String conversation) {
    }

    record Contract(String contractId, String customerId, String customer, String name, String type, String rate, String billingPeriod,
                    String start, String end, String slaId, String active, String inIntercom) {
    }

    record Invoice(String invoiceId, String number, String customerId, String customer, String date, String total, String currency,
                   String status) {
    }
}
