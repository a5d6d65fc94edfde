package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Map;

/**
 * Contracts from {@code GET /contracts}. The common fields are the export's column names;
 * ContractType keeps Atera's names (RetainerFlatFee, BlockHours…), finer than the layout's, so
 * nothing is lost. Rate and BillingPeriod sit in the block of the contract's type (e.g.
 * {@code HourlyContract.PrimaryRate.Amount}); Atera shows no SLA on a contract, so SLAID is left out.
 */
final class ContractsApi extends OneListApi {

    /** Each contract type's rate field within its block. */
    private static final Map<String, String> RATE_OF_TYPE = Map.of("RetainerFlatFee", "Rate", "Hourly", "PrimaryRate",
            "BlockHours", "PricePerHour", "BlockMoney", "PrimaryRate", "RemoteMonitoring", "RatePerDevice",
            "OnlineBackup", "RatePerGB", "ProjectOneTimeFee", "TotalAmount", "ProjectHourlyRate", "PrimaryRate");

    ContractsApi() {
        super(ObjectType.CONTRACT, "/contracts");
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        String type = ItemFields.text(item.get("ContractType"));
        JsonNode block = type == null ? null : item.get(type + "Contract");
        if (block == null || !block.isObject() || !item.isObject()) {
            return super.columns(item);
        }
        ObjectNode contract = item.deepCopy();
        contract.set("Rate", block.path(RATE_OF_TYPE.getOrDefault(type, "Rate")).get("Amount"));
        contract.set("BillingPeriod", block.get("BillingPeriod"));
        return super.columns(contract);
    }
}
