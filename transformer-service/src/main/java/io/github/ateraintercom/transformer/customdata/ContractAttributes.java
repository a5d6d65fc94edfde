package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.transformer.conversation.StagedRecord;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.AttributeValues;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's contracts as attributes of its company (the run's choice {@code attributes}): only the
 * current contract, the active one with the latest StartDate, is written (name, type, rate, billing
 * period, SLA policy, start and end); every other contract is held with why. With the choice
 * {@code handoff} every contract is held for the billing hand-off document.
 */
final class ContractAttributes {

    private static final DefaultMap.FileDefaults CONTRACTS = DefaultMap.of("contracts.csv");
    static final AttributeSpec SLA = CONTRACTS.attribute("SLAID");
    static final String HANDED_OFF = "left to the billing hand-off document by the run's choice";

    private ContractAttributes() {
    }

    /** Adds the current contract of {@code contracts} to {@code data}; {@code slaNames} names SLA policies by SLAID. */
    static void addTo(RecordData data, List<StagedRecord> contracts, Map<String, String> slaNames, ZoneId zone,
                      MappingChoices confirmed) {
        if (confirmed.handsOffContracts()) {
            contracts.forEach(contract -> data.hold(contract, HANDED_OFF));
            return;
        }
        List<Dated> active = new ArrayList<>();
        for (StagedRecord contract : contracts) {
            try {
                boolean isActive = AttributeValues.of(new AttributeSpec("Active", AttributeType.BOOLEAN, List.of(), null), "Active",
                        contract.row().value("Active"), zone).map(Boolean.class::cast).orElse(false);
                String start = contract.row().value("StartDate");
                long startedAt = start == null ? Long.MIN_VALUE : AteraDates.unixSeconds("StartDate", start, zone);
                if (isActive) {
                    active.add(new Dated(contract, startedAt));
                } else {
                    data.hold(contract, "the contract is not active: only a customer's current contract is written");
                }
            } catch (InvalidValue invalid) {
                data.refuse(contract, (MappingResult.Refused<?>) invalid.refusal());
            }
        }
        active.sort(Comparator.comparingLong(Dated::startedAt).thenComparingLong(dated -> dated.contract().sourceRow().line()));
        if (active.isEmpty()) {
            return;
        }
        StagedRecord current = active.remove(active.size() - 1).contract();
        active.forEach(older -> data.hold(older.contract(), "ContractID " + current.row().value("ContractID")
                + " is the customer's current contract (active, latest StartDate): only that one is written"));
        write(data, current, slaNames, zone);
    }

    private static void write(RecordData data, StagedRecord contract, Map<String, String> slaNames, ZoneId zone) {
        String slaId = contract.row().value("SLAID");
        Map<AttributeSpec, Object> values = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, AttributeSpec> column : CONTRACTS.attributeColumns().entrySet()) {
                if (!column.getValue().equals(SLA)) {
                    AttributeValues.of(column.getValue(), column.getKey(), contract.row().value(column.getKey()), zone)
                            .ifPresent(value -> values.put(column.getValue(), value));
                }
            }
        } catch (InvalidValue invalid) {
            data.refuse(contract, (MappingResult.Refused<?>) invalid.refusal());
            return;
        }
        Optional.ofNullable(slaId).map(id -> slaNames.getOrDefault(id, id)).ifPresent(sla -> values.put(SLA, sla));
        values.forEach(data::attribute);
        data.carry(contract);
    }

    private record Dated(StagedRecord contract, long startedAt) {
    }
}
