package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.HEX_ID;
import static io.github.ateraintercom.sandbox.support.Api.UUID;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class CompanyCreateOrUpdateByCompanyIdTest {

    @Test
    void firstPostCreatesTheFullCompanyObject() {
        String ateraId = companyAttribute("atera_id", "string");
        String paid = companyAttribute("paid", "boolean");
        String seats = companyAttribute("seats", "integer");
        JsonPath company = asApp()
                .body("""
                        {"company_id": "create-1", "name": "Blue Sun", "plan": "Pro", "size": 100,
                         "website": "https://bluesun.example", "industry": "Manufacturing",
                         "remote_created_at": 1374138000, "monthly_spend": 1000,
                         "custom_attributes": {"%s": "42", "%s": true, "%s": 9}}""".formatted(ateraId, paid, seats))
                .post("/companies")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(company.getString("type")).isEqualTo("company");
        assertThat(company.getString("id")).matches(HEX_ID);
        assertThat(company.getString("company_id")).isEqualTo("create-1");
        assertThat(company.getString("app_id")).isEqualTo("sandbox1");
        assertThat(company.getString("name")).isEqualTo("Blue Sun");
        assertThat(company.getLong("remote_created_at")).isEqualTo(1374138000L);
        assertThat(company.getLong("created_at")).isPositive();
        assertThat(company.getLong("updated_at")).isEqualTo(company.getLong("created_at"));
        assertThat(company.getString("id")).startsWith(Long.toHexString(company.getLong("created_at")));
        assertThat(company.getInt("monthly_spend")).isEqualTo(1000);
        assertThat(company.getInt("session_count")).isZero();
        assertThat(company.getInt("user_count")).isZero();
        assertThat(company.getInt("size")).isEqualTo(100);
        assertThat(company.getString("website")).isEqualTo("https://bluesun.example");
        assertThat(company.getString("industry")).isEqualTo("Manufacturing");
        assertThat(company.getMap("plan")).containsEntry("type", "plan").containsEntry("name", "Pro");
        assertThat(company.getString("plan.id")).matches("^[0-9]+$");
        assertThat(company.getMap("tags")).isEqualTo(Map.of("type", "tag.list", "tags", List.of()));
        assertThat(company.getMap("segments")).isEqualTo(Map.of("type", "segment.list", "segments", List.of()));
        assertThat(company.getMap("custom_attributes"))
                .containsEntry(ateraId, "42").containsEntry(paid, true).containsEntry(seats, 9);
    }

    @Test
    void minimalCompanyRendersLikeTheSpecExample() {
        JsonPath company = asApp()
                .body("{\"company_id\": \"create-minimal\", \"name\": \"my company\", \"remote_created_at\": 1374138000}")
                .post("/companies")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(company.getMap("$")).containsOnlyKeys(
                "type", "company_id", "id", "app_id", "name", "remote_created_at", "created_at", "updated_at",
                "monthly_spend", "session_count", "user_count", "tags", "segments", "plan", "custom_attributes");
        assertThat(company.getMap("plan")).isEmpty();
        assertThat(company.getMap("custom_attributes")).isEmpty();
    }

    @Test
    void secondPostWithTheSameCompanyIdUpdatesTheSameCompany() {
        String keep = companyAttribute("keep", "string");
        String drop = companyAttribute("drop", "string");
        String added = companyAttribute("new", "integer");
        String id = asApp().body(Map.of("company_id", "create-2", "name", "Before", "plan", "Pro",
                        "custom_attributes", Map.of(keep, "yes", drop, "soon")))
                .post("/companies").then().statusCode(200).extract().path("id");

        JsonPath updated = asApp()
                .body("{\"company_id\": \"create-2\", \"name\": \"After\", \"custom_attributes\": {\"%s\": null, \"%s\": 1}}"
                        .formatted(drop, added))
                .post("/companies")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(updated.getString("id")).isEqualTo(id);
        assertThat(updated.getString("name")).isEqualTo("After");
        assertThat(updated.getString("plan.name")).isEqualTo("Pro");
        assertThat(updated.getMap("custom_attributes")).isEqualTo(Map.of(keep, "yes", added, 1));
        asApp().queryParam("company_id", "create-2").get("/companies")
                .then().statusCode(200).body("total_count", equalTo(1)).body("data[0].id", equalTo(id));
    }

    @Test
    void companiesOnTheSamePlanShareItsId() {
        String first = asApp().body("{\"company_id\": \"plan-a\", \"plan\": \"Shared plan\"}")
                .post("/companies").then().statusCode(200).extract().path("plan.id");
        String second = asApp().body("{\"company_id\": \"plan-b\", \"plan\": \"Shared plan\"}")
                .post("/companies").then().statusCode(200).extract().path("plan.id");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void monthlySpendFractionsAreTruncated() {
        asApp().body("{\"company_id\": \"spend-1\", \"monthly_spend\": 155.98}")
                .post("/companies")
                .then().statusCode(200).body("monthly_spend", equalTo(155));
    }

    @Test
    void updateLastRequestAtStampsTheCompany() {
        JsonPath company = asApp().body("{\"company_id\": \"seen-1\", \"update_last_request_at\": true}")
                .post("/companies").then().statusCode(200).extract().jsonPath();

        assertThat(company.getLong("last_request_at")).isEqualTo(company.getLong("updated_at"));
    }

    @Test
    void unknownFieldIsABadRequestNamingIt() {
        asApp().body("{\"test\": \"invalid\"}")
                .post("/companies")
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("request_id", matchesPattern(UUID))
                .body("errors[0].code", equalTo("bad_request"))
                .body("errors[0].message", equalTo("bad 'test' parameter"));
    }

    @Test
    void malformedJsonIsAnInvalidParameter() {
        asApp().body("{\"company_id\": ")
                .post("/companies")
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void wronglyTypedFieldsAreInvalidParameters() {
        for (String body : new String[] {
                "{\"company_id\": \"typed\", \"remote_created_at\": \"yesterday\"}",
                "{\"company_id\": \"typed\", \"remote_created_at\": 1.5}",
                "{\"company_id\": \"typed\", \"size\": \"100\"}",
                "{\"company_id\": \"typed\", \"name\": 7}",
                "{\"company_id\": \"typed\", \"custom_attributes\": \"flat\"}",
                "{\"company_id\": \"typed\", \"custom_attributes\": {\"nested\": {\"a\": 1}}}",
                "{\"company_id\": \"typed\", \"monthly_spend\": 2147483648}"}) {
            asApp().body(body)
                    .post("/companies")
                    .then().statusCode(400)
                    .body("errors[0].code", equalTo("parameter_invalid"));
        }
        asApp().queryParam("company_id", "typed").get("/companies").then().statusCode(404);
    }

    @Test
    void missingCompanyIdIsRefused() {
        asApp().body("{\"name\": \"No key\"}")
                .post("/companies")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_not_found"));
    }

    /** Custom attributes must exist before companies can hold them. */
    private static String companyAttribute(String prefix, String dataType) {
        String name = unique(prefix);
        createAttribute("company", name, dataType);
        return name;
    }
}
