package io.github.ateraintercom.extractor.sample;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.SampleChosen;
import io.github.ateraintercom.common.event.SampleChosen.SampleCase;
import io.github.ateraintercom.common.event.SampleChosen.SampleObject;
import io.github.ateraintercom.extractor.csv.CsvFileReader;
import io.github.ateraintercom.extractor.csv.ExportFile;
import io.github.ateraintercom.extractor.csv.ExportLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Chooses the sample of an export: up to {@code size} tickets covering the cases that break
 * migrations (every status, unassigned, internal notes, attachments, comments of contacts and of
 * technicians, a value of each custom field type), all their comments and work hours; the contacts
 * and customers they refer to, whatever their number, then more up to {@code size} covering theirs
 * (with and without email, with and without custom values, each custom field type); what those
 * records refer to or own (technicians, custom values, tags, contracts and their SLA policies); and
 * up to {@code size} rows of every other file. Nothing chosen refers to a record left out of the
 * sample that the export has. The choice reads the export in file order, so it is the same every time.
 */
public final class ExportSampler {

    static final String UNASSIGNED = "unassigned ticket (no technician)";
    static final String INTERNAL_NOTE = "ticket with an internal note";
    static final String ATTACHMENT = "ticket with an attachment";
    static final String FROM_CONTACT = "ticket with a comment from a contact";
    static final String FROM_TECHNICIAN = "ticket with a comment from a technician";
    static final String WITH_EMAIL = "contact with an email";
    static final String WITHOUT_EMAIL = "contact without an email";
    static final String WITH_VALUES = "customer with custom field values";
    static final String WITHOUT_VALUES = "customer without custom field values";

    private final ExportScan scan;
    private final int size;
    private final Map<String, Set<Long>> lines = new TreeMap<>();
    private final List<SampleObject> objects = new ArrayList<>();
    private final List<SampleCase> cases = new ArrayList<>();

    private ExportSampler(Path directory, CsvFileReader reader, int size) {
        this.scan = new ExportScan(directory, reader);
        this.size = size;
    }

    /** The sample of {@code size} records of each object of the export in {@code directory}. */
    public static ExportSample choose(Path directory, CsvFileReader reader, int size) {
        return new ExportSampler(directory, reader, size).choose();
    }

    private ExportSample choose() {
        CustomFieldValues custom = CustomFieldValues.read(scan);
        Set<String> tickets = chooseTickets(custom);
        Set<String> contactIds = new LinkedHashSet<>();
        Set<String> customerIds = new LinkedHashSet<>();
        Set<String> technicianIds = new LinkedHashSet<>();
        take(ObjectType.TICKET, fields -> tickets.contains(ExportScan.value(fields, "TicketID")), fields -> {
            contactIds.add(ExportScan.value(fields, "EndUserID"));
            customerIds.add(ExportScan.value(fields, "CustomerID"));
            technicianIds.add(ExportScan.value(fields, "TechnicianContactID"));
        }, null);
        String everyRowOfTheTickets = "every row of the sample's tickets";
        take(ObjectType.TICKET_COMMENT, fields -> tickets.contains(ExportScan.value(fields, "TicketID")), fields -> {
            contactIds.add(ExportScan.value(fields, "EndUserID"));
            technicianIds.add(ExportScan.value(fields, "TechnicianContactID"));
        }, everyRowOfTheTickets);
        take(ObjectType.WORK_HOUR, fields -> tickets.contains(ExportScan.value(fields, "TicketID")),
                fields -> technicianIds.add(ExportScan.value(fields, "TechnicianContactID")), everyRowOfTheTickets);
        // a blank reference refers to nothing
        List.of(contactIds, customerIds, technicianIds).forEach(ids -> ids.remove(""));
        Set<String> contacts = chooseContacts(custom, contactIds);
        take(ObjectType.CONTACT, fields -> contacts.contains(ExportScan.value(fields, "EndUserID")),
                fields -> customerIds.add(ExportScan.value(fields, "CustomerID")), beyond(contacts, "contacts", "tickets and comments"));
        customerIds.remove("");
        Set<String> customers = chooseCustomers(custom, customerIds);
        take(ObjectType.CUSTOMER, fields -> customers.contains(ExportScan.value(fields, "CustomerID")), fields -> {
        }, beyond(customers, "customers", "tickets and contacts"));
        take(ObjectType.TECHNICIAN, fields -> technicianIds.contains(ExportScan.value(fields, "TechnicianContactID")), fields -> {
        }, "the technicians the sample's tickets, comments and work hours name");
        take(ObjectType.CUSTOM_FIELD, fields -> true, fields -> {
        }, "every definition: they type the attributes the values are written to");
        Map<String, Set<String>> chosen = Map.of("customer", customers, "contact", contacts, "ticket", tickets);
        Predicate<Map<String, String>> ofChosen = fields -> chosen.getOrDefault(CustomFieldValues.object(ExportScan.value(fields, "ObjectType")),
                Set.of()).contains(ExportScan.value(fields, "ObjectID"));
        String ofTheChosen = "every row of the sample's customers, contacts and tickets";
        take(ObjectType.CUSTOM_VALUE, ofChosen, fields -> {
        }, ofTheChosen);
        take(ObjectType.TAG, ofChosen, fields -> {
        }, ofTheChosen);
        Set<String> slas = new HashSet<>();
        upTo(ObjectType.CONTRACT, fields -> customers.contains(ExportScan.value(fields, "CustomerID")),
                fields -> slas.add(ExportScan.value(fields, "SLAID")), false);
        upTo(ObjectType.SLA_POLICY, fields -> slas.contains(ExportScan.value(fields, "SLAID")), fields -> {
        }, true);
        upTo(ObjectType.INVOICE, fields -> customers.contains(ExportScan.value(fields, "CustomerID")), fields -> {
        }, true);
        upTo(ObjectType.KB_ARTICLE, fields -> false, fields -> {
        }, true);
        upTo(ObjectType.AUTOMATION_RULE, fields -> false, fields -> {
        }, true);
        return new ExportSample(lines, excluded(), new SampleChosen(size, objects, cases));
    }

    private Set<String> chooseTickets(CustomFieldValues custom) {
        // a comment's cases are kept for the first tickets of each case only, so memory follows the sample's size
        Map<String, Set<String>> commentCases = new TreeMap<>();
        List.of(INTERNAL_NOTE, ATTACHMENT, FROM_CONTACT, FROM_TECHNICIAN).forEach(description -> commentCases.put(description,
                new LinkedHashSet<>()));
        scan.read(ObjectType.TICKET_COMMENT, (line, fields) -> {
            String ticket = ExportScan.value(fields, "TicketID");
            caseOf(commentCases, INTERNAL_NOTE, ticket, Boolean.parseBoolean(ExportScan.value(fields, "IsInternal")));
            caseOf(commentCases, ATTACHMENT, ticket, !ExportScan.value(fields, "AttachmentUrls").isEmpty());
            caseOf(commentCases, FROM_CONTACT, ticket, !ExportScan.value(fields, "EndUserID").isEmpty());
            caseOf(commentCases, FROM_TECHNICIAN, ticket, !ExportScan.value(fields, "TechnicianContactID").isEmpty());
        });
        CaseCover cover = new CaseCover(size);
        List.of(UNASSIGNED, INTERNAL_NOTE, ATTACHMENT, FROM_CONTACT, FROM_TECHNICIAN).forEach(cover::declare);
        declareTyped(cover, custom, "ticket");
        scan.read(ObjectType.TICKET, (line, fields) -> {
            String id = ExportScan.value(fields, "TicketID");
            Set<String> shown = typed(custom, "ticket", id, fields);
            shown.add("ticket with status '" + ExportScan.value(fields, "TicketStatus") + "'");
            if (ExportScan.value(fields, "TechnicianContactID").isEmpty()) {
                shown.add(UNASSIGNED);
            }
            commentCases.forEach((description, ticketsOfCase) -> {
                if (ticketsOfCase.contains(id)) {
                    shown.add(description);
                }
            });
            cover.offer(id, shown, false);
        });
        return report(ObjectType.TICKET, cover.choose(size, Set.of()));
    }

    private Set<String> chooseContacts(CustomFieldValues custom, Set<String> referred) {
        return chooseReferred(ObjectType.CONTACT, "EndUserID", List.of(WITH_EMAIL, WITHOUT_EMAIL), custom, referred,
                (fields, typed) -> ExportScan.value(fields, "Email").isEmpty() ? WITHOUT_EMAIL : WITH_EMAIL);
    }

    private Set<String> chooseCustomers(CustomFieldValues custom, Set<String> referred) {
        return chooseReferred(ObjectType.CUSTOMER, "CustomerID", List.of(WITH_VALUES, WITHOUT_VALUES), custom, referred,
                (fields, typed) -> typed.isEmpty() ? WITHOUT_VALUES : WITH_VALUES);
    }

    /**
     * The records the sample's others refer to, then more covering the object's {@code cases} (one of
     * them each record shows, as {@code caseOf} tells from its fields and custom value types) and its
     * custom field types.
     */
    private Set<String> chooseReferred(ObjectType type, String idColumn, List<String> cases, CustomFieldValues custom,
                                       Set<String> referred, BiFunction<Map<String, String>, Set<String>, String> caseOf) {
        String object = type.wireName();
        CaseCover cover = new CaseCover(size);
        cases.forEach(cover::declare);
        declareTyped(cover, custom, object);
        scan.read(type, (line, fields) -> {
            String id = ExportScan.value(fields, idColumn);
            Set<String> shown = typed(custom, object, id, fields);
            shown.add(caseOf.apply(fields, shown));
            cover.offer(id, shown, referred.contains(id));
        });
        return report(type, cover.choose(size, referred));
    }

    private static void caseOf(Map<String, Set<String>> casesOf, String description, String ticket, boolean shows) {
        Set<String> tickets = casesOf.get(description);
        if (shows && !ticket.isEmpty()) {
            tickets.add(ticket);
        }
    }

    private void declareTyped(CaseCover cover, CustomFieldValues custom, String object) {
        custom.declaredTypes(object).forEach(type -> cover.declare(CustomFieldValues.typedCase(object, type)));
    }

    private static Set<String> typed(CustomFieldValues custom, String object, String id, Map<String, String> fields) {
        Set<String> shown = new LinkedHashSet<>();
        custom.typesOf(object, id, fields).forEach(type -> shown.add(CustomFieldValues.typedCase(object, type)));
        return shown;
    }

    private Set<String> report(ObjectType type, CaseCover.Choice choice) {
        choice.cases().forEach((description, covered) -> cases.add(new SampleCase(type.wireName(), description, covered.records(),
                covered.inSource())));
        return choice.ids();
    }

    /** Why an object holds more than the size: what the sample's other records refer to. */
    private String beyond(Set<String> chosen, String what, String referrers) {
        return chosen.size() > size ? chosen.size() - size + " " + what + " beyond " + size + ": the ones the sample's " + referrers
                + " refer to" : null;
    }

    /** Takes every row that passes, telling {@code each} of it. */
    private void take(ObjectType type, Predicate<Map<String, String>> wanted, Consumer<Map<String, String>> each,
                      String note) {
        Set<Long> taken = new TreeSet<>();
        long rows = scan.read(type, (line, fields) -> {
            if (wanted.test(fields)) {
                taken.add(line);
                each.accept(fields);
            }
        });
        keep(type, rows, taken, note);
    }

    /**
     * Takes up to the size of the rows that pass ({@code fill}: then of the others, in file order,
     * until the size); a row that passes is taken even beyond the size when {@code fill} (what chosen
     * records refer to).
     */
    private void upTo(ObjectType type, Predicate<Map<String, String>> wanted, Consumer<Map<String, String>> each,
                      boolean fill) {
        Set<Long> preferred = new TreeSet<>();
        List<Long> others = new ArrayList<>();
        long rows = scan.read(type, (line, fields) -> {
            if (wanted.test(fields) && (fill || preferred.size() < size)) {
                preferred.add(line);
                each.accept(fields);
            } else if (fill && others.size() < size) {
                others.add(line);
            }
        });
        Set<Long> taken = new TreeSet<>(preferred);
        others.stream().limit(Math.max(0, size - preferred.size())).forEach(taken::add);
        keep(type, rows, taken, null);
    }

    private void keep(ObjectType type, long rows, Set<Long> taken, String note) {
        if (rows == 0) {
            return;
        }
        lines.put(type.fileName(), taken);
        objects.add(new SampleObject(type.fileName(), type.wireName(), rows, taken.size(), note));
    }

    /** The RMM files, counted up to the size: a sample leaves the rest out, as it does of every file. */
    private Map<String, Long> excluded() {
        Map<String, Long> counts = new TreeMap<>();
        for (ExportFile file : ExportLayout.FILES) {
            if (file.excluded()) {
                long rows = scan.read(file.name(), List.of(), (line, fields) -> {
                });
                if (rows > 0) {
                    counts.put(file.name(), Math.min(rows, size));
                    objects.add(new SampleObject(file.name(), null, rows, Math.min(rows, size), "counted, never published"));
                }
            }
        }
        return counts;
    }
}
