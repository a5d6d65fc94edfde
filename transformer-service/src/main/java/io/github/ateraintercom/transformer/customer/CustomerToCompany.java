package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.common.mapping.Text;
import io.github.ateraintercom.transformer.mapping.AteraDates;
import io.github.ateraintercom.transformer.mapping.Attributes;
import io.github.ateraintercom.transformer.mapping.FieldMap;
import io.github.ateraintercom.transformer.mapping.InvalidValue;
import io.github.ateraintercom.transformer.mapping.MappingResult;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The default map of an Atera customer to an Intercom company: CustomerName → name, CustomerID →
 * company_id, Domain → website, CreatedOn → remote_created_at; business number, address, phone,
 * fax, notes, links and custom fields → custom attributes; the run's confirmed choices move or
 * ignore any column but the two keys. Phone and Fax must be phone numbers.
 */
public final class CustomerToCompany {

    /** Columns without a standard company field, and the company custom attributes that hold them. */
    static final Map<String, AttributeSpec> ATTRIBUTES = DefaultMap.of(FieldMap.CUSTOMERS).attributeColumns();

    private CustomerToCompany() {
    }

    public static MappingResult<CompanyCommand> map(AteraRow row, ZoneId accountZone, MappingChoices confirmed) {
        String companyId = Text.line(row.value("CustomerID"));
        if (companyId == null) {
            return new MappingResult.Refused<>("required", "CustomerID", "CustomerID is empty: it becomes the company_id");
        }
        String name = Text.line(row.value("CustomerName"));
        if (name == null) {
            return new MappingResult.Refused<>("required", "CustomerName", "CustomerName is empty: an Intercom company needs a name");
        }
        FieldMap fields = new FieldMap(FieldMap.CUSTOMERS, ATTRIBUTES, Set.of("Phone", "Fax"), confirmed);
        try {
            String createdOn = fields.standard(row, "CreatedOn");
            Long remoteCreatedAt = createdOn == null ? null : AteraDates.unixSeconds("CreatedOn", createdOn, accountZone);
            Attributes attributes = fields.attributes(row, accountZone);
            return new MappingResult.Mapped<>(new CompanyCommand(companyId, name, Text.line(fields.standard(row, "Domain")),
                    remoteCreatedAt, attributes.values(), attributes.specs()));
        } catch (InvalidValue invalid) {
            return invalid.refusal();
        }
    }
}
