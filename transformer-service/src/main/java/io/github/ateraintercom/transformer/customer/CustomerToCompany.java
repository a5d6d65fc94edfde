package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.CustomColumns;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default map of an Atera customer to an Intercom company: CustomerName → name, CustomerID →
 * company_id, Domain → website, CreatedOn → remote_created_at; business number, address, phone,
 * fax, notes, links and custom fields → custom attributes.
 */
public final class CustomerToCompany {

    /** Columns without a standard company field, and the company custom attributes that hold them. */
    static final Map<String, String> ATTRIBUTES = orderedMap(
            "BusinessNumber", "business_number",
            "Address", "address",
            "City", "city",
            "State", "state",
            "Country", "country",
            "ZipCodeStr", "zip_code",
            "Phone", "phone",
            "Fax", "fax",
            "Notes", "notes",
            "Links", "links");

    private CustomerToCompany() {
    }

    public static MappingResult<CompanyCommand> map(AteraRow row, ZoneId accountZone) {
        String companyId = row.value("CustomerID");
        if (companyId == null) {
            return new MappingResult.Refused<>("required", "CustomerID", "CustomerID is empty: it becomes the company_id");
        }
        String name = row.value("CustomerName");
        if (name == null) {
            return new MappingResult.Refused<>("required", "CustomerName", "CustomerName is empty: an Intercom company needs a name");
        }
        try {
            String createdOn = row.value("CreatedOn");
            Long remoteCreatedAt = createdOn == null ? null : AteraDates.unixSeconds("CreatedOn", createdOn, accountZone);
            Map<String, Object> attributes = new LinkedHashMap<>();
            ATTRIBUTES.forEach((column, attribute) -> {
                String value = row.value(column);
                if (value != null) {
                    attributes.put(attribute, value);
                }
            });
            CustomColumns.addTo(attributes, row);
            return new MappingResult.Mapped<>(new CompanyCommand(companyId, name, row.value("Domain"), remoteCreatedAt,
                    attributes.isEmpty() ? null : attributes));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
