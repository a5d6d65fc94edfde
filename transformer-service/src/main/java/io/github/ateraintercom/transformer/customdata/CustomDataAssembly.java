package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.intercom.CustomDataCommand;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.conversation.StagedOwner;
import io.github.ateraintercom.transformer.conversation.StagedRecord;
import io.github.ateraintercom.transformer.conversation.TicketStaging;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Turns the staged custom values, tags and contracts of a run's customers and contacts into one
 * {@link CustomDataCommand} per company or contact, page by page in owner order, once everything the
 * extractor announced is staged. A row whose record is not in the export is rejected
 * {@code unknown-record}; custom values and tags of technicians and contracts are held, having no
 * Intercom object. Running it again republishes the same commands, which the loader's ledger makes harmless.
 */
@ApplicationScoped
public class CustomDataAssembly {

    private static final Logger LOG = Logger.getLogger(CustomDataAssembly.class);
    private static final Comparator<StagedRecord> FILE_ORDER = Comparator.comparing((StagedRecord record) -> record.sourceRow().file())
            .thenComparingLong(record -> record.sourceRow().line());

    private final TicketStaging staging;
    private final RecordPipeline pipeline;
    private final int pageSize;

    CustomDataAssembly(TicketStaging staging, RecordPipeline pipeline,
                       @ConfigProperty(name = "transformer.assembly.page-size", defaultValue = "500") int pageSize) {
        this.staging = staging;
        this.pipeline = pipeline;
        this.pageSize = pageSize;
    }

    /** The run's custom fields, from its definitions, the values seen and the confirmed mapping. */
    public CustomFields fields(RunStarted run) {
        return new CustomFields(staging.all(run.runId(), ObjectType.CUSTOM_FIELD),
                (kind, fieldName) -> staging.valuesOf(run.runId(), kind, fieldName), confirmed(run));
    }

    public void assemble(RunStarted run, CustomFields fields) {
        ZoneId zone = ZoneId.of(run.accountTimeZone());
        Map<String, String> slaNames = slaNames(run.runId());
        long commands = 0;
        String after = null;
        List<String> owners;
        while (!(owners = staging.detailOwners(run.runId(), after, pageSize)).isEmpty()) {
            Set<String> existing = new HashSet<>(staging.existing(run.runId(), owners));
            Map<String, List<StagedRecord>> details = staging.details(run.runId(), owners).stream().sorted(FILE_ORDER)
                    .collect(Collectors.groupingBy(record -> StagedOwner.of(record.objectType(), record.sourceId(), record.row()).key()));
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (String owner : owners) {
                List<StagedRecord> records = details.getOrDefault(owner, List.of());
                if (existing.contains(owner)) {
                    RecordData data = gather(owner, records, fields, slaNames, zone, run);
                    sent.add(publish(run.runId(), owner, records, data));
                    commands += data.carried().isEmpty() ? 0 : 1;
                } else {
                    records.forEach(record -> sent.add(pipeline.refuse(record.envelope(), unknown(record, owner))));
                }
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            after = owners.get(owners.size() - 1);
        }
        List<CompletableFuture<Void>> others = staging.ofOtherRecords(run.runId()).stream()
                .map(record -> pipeline.hold(record.envelope(), withoutIntercomObject(record))).toList();
        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
        LOG.infof("run %s: %d companies and contacts get custom data, %d values or tags of other records held", run.runId(),
                commands, others.size());
    }

    private static RecordData gather(String owner, List<StagedRecord> records, CustomFields fields, Map<String, String> slaNames,
                                     ZoneId zone, RunStarted run) {
        String kind = owner.substring(0, owner.indexOf('/'));
        RecordData data = new RecordData();
        List<StagedRecord> contracts = new ArrayList<>();
        for (StagedRecord record : records) {
            switch (record.objectType()) {
                case CUSTOM_VALUE -> data.value(kind, record, fields, zone);
                case TAG -> data.tag(record);
                default -> contracts.add(record);
            }
        }
        ContractAttributes.addTo(data, contracts, slaNames, zone, confirmed(run));
        return data;
    }

    private CompletableFuture<Void> publish(String runId, String owner, List<StagedRecord> records, RecordData data) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        data.refused().forEach(refusal -> sent.add(pipeline.refuse(refusal.record().envelope(), refusal.reason())));
        data.held().forEach(hold -> sent.add(pipeline.hold(hold.record().envelope(), hold.reason(), handedOff(hold.record()))));
        if (!data.carried().isEmpty()) {
            String ateraId = owner.substring(owner.indexOf('/') + 1);
            CustomDataCommand.Target target = owner.startsWith(StagedOwner.CUSTOMER + "/")
                    ? CustomDataCommand.Target.COMPANY : CustomDataCommand.Target.CONTACT;
            Map<SourceRef, StagedRecord> byRef = records.stream().collect(Collectors.toMap(StagedRecord::ref, record -> record,
                    (one, same) -> one));
            StagedRecord first = byRef.get(data.carried().get(0));
            sent.add(pipeline.publish(first.envelope(), Topics.INTERCOM_CUSTOM_DATA, ateraId, new MappingResult.Mapped<>(
                    new CustomDataCommand(target, ateraId, data.attributes(), data.specs(), data.tags(), data.carried()), null, null,
                    handedOff(first))));
            data.carried().stream().skip(1).forEach(carried -> sent.add(pipeline.transformed(runId, carried, Topics.INTERCOM_CUSTOM_DATA,
                    handedOff(byRef.get(carried)))));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    /**
     * A contract's columns, whether it is written or held: the billing-handoff report lists every
     * contract of the export. Nothing for other rows.
     */
    private static Map<String, String> handedOff(StagedRecord record) {
        return record.objectType() == ObjectType.CONTRACT ? record.row().fields() : Map.of();
    }

    /** A run started without a confirmed mapping follows the default map. */
    private static MappingChoices confirmed(RunStarted run) {
        return run.mapping() == null ? MappingChoices.defaults() : run.mapping();
    }

    private Map<String, String> slaNames(String runId) {
        Map<String, String> names = new HashMap<>();
        staging.all(runId, ObjectType.SLA_POLICY).forEach(policy -> {
            if (policy.row().value("SLAID") != null && policy.row().value("Name") != null) {
                names.putIfAbsent(policy.row().value("SLAID"), policy.row().value("Name"));
            }
        });
        return names;
    }

    private static MappingResult.Refused<?> unknown(StagedRecord record, String owner) {
        String kind = owner.substring(0, owner.indexOf('/'));
        String id = owner.substring(owner.indexOf('/') + 1);
        return new MappingResult.Refused<>("unknown-record", record.objectType() == ObjectType.CONTRACT ? "CustomerID" : "ObjectID",
                kind + " " + id + " is not in the export");
    }

    private static String withoutIntercomObject(StagedRecord record) {
        String kind = record.row().value("ObjectType");
        return (record.objectType() == ObjectType.TAG ? "tags" : "custom values") + " of " + (kind == null ? "no" : kind)
                + " records have no Intercom object to land on";
    }
}
