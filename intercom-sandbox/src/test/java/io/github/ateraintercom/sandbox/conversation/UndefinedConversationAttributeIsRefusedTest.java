package io.github.ateraintercom.sandbox.conversation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UndefinedConversationAttributeIsRefusedTest {

    @Test
    void anAttributeThatIsNotAConversationAttributeIsRefusedAndNothingChanges() {
        String conversation = startConversation(createUser(), "Help");
        String contactAttribute = unique("contact_only");
        asApp().body(Map.of("model", "contact", "name", contactAttribute, "data_type", "string"))
                .post("/data_attributes").then().statusCode(200);

        for (String name : new String[] {unique("undefined"), contactAttribute}) {
            asApp().body(Map.of("title", "Changed", "custom_attributes", Map.of(name, "x")))
                    .put("/conversations/{id}", conversation)
                    .then().statusCode(400)
                    .body("errors[0].code", equalTo("parameter_invalid"))
                    .body("errors[0].message", equalTo("Conversation attribute '" + name + "' does not exist"));
        }
        asApp().get("/conversations/{id}", conversation).then().body("title", nullValue());
    }

    @Test
    void definedAttributesTitleReadAndCompanyAreUpdated() {
        String conversation = startConversation(createUser(), "Help");
        String ticket = unique("atera_ticket");
        String count = unique("reopen_count");
        asApp().body(Map.of("name", ticket, "data_type", "string")).post("/conversations/attributes").then().statusCode(200);
        asApp().body(Map.of("name", count, "data_type", "integer")).post("/conversations/attributes").then().statusCode(200);
        String company = upsertCompany("{\"company_id\": \"" + unique("conv-co") + "\", \"name\": \"Conv Co\"}");

        asApp().body(Map.of("title", "Printer on fire", "read", true, "company_id", company,
                        "custom_attributes", Map.of(ticket, "T-42", count, 2)))
                .put("/conversations/{id}", conversation)
                .then().statusCode(200)
                .body("title", equalTo("Printer on fire"))
                .body("read", equalTo(true))
                .body("company.id", equalTo(company))
                .body("custom_attributes", equalTo(Map.of(ticket, "T-42", count, 2)));

        Map<String, Object> clear = new HashMap<>();
        clear.put("company_id", null);
        clear.put("custom_attributes", Map.of(count, 3));
        asApp().body(clear).put("/conversations/{id}", conversation)
                .then().statusCode(200)
                .body("title", equalTo("Printer on fire"))
                .body("company", nullValue())
                .body("custom_attributes", equalTo(Map.of(ticket, "T-42", count, 3)));
    }

    @Test
    void wrongTypesUnknownCompaniesAndUnknownFieldsAreRefused() {
        String conversation = startConversation(createUser(), "Help");
        String count = unique("typed_count");
        asApp().body(Map.of("name", count, "data_type", "integer")).post("/conversations/attributes").then().statusCode(200);

        asApp().body(Map.of("custom_attributes", Map.of(count, "many"))).put("/conversations/{id}", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("read", "yes")).put("/conversations/{id}", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("company_id", "0123456789abcdef01234567")).put("/conversations/{id}", conversation)
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
        asApp().body(Map.of("state", "closed")).put("/conversations/{id}", conversation)
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
    }
}
