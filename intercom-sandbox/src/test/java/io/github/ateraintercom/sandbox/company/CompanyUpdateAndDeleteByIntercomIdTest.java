package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CompanyUpdateAndDeleteByIntercomIdTest {

    @Test
    void putChangesOnlyTheSentFields() {
        String id = upsertCompany("{\"company_id\": \"put-1\", \"name\": \"Old\", \"industry\": \"Retail\","
                + " \"remote_created_at\": 1374138000}");
        String tier = unique("tier");
        createAttribute("company", tier, "string");

        JsonPath updated = asApp()
                .body("{\"name\": \"New\", \"website\": \"http://www.mycompany.com/\", \"plan\": \"Enterprise\","
                        + " \"size\": 12, \"monthly_spend\": 99, \"custom_attributes\": {\"" + tier + "\": \"gold\"}}")
                .put("/companies/{id}", id)
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(updated.getString("id")).isEqualTo(id);
        assertThat(updated.getString("company_id")).isEqualTo("put-1");
        assertThat(updated.getString("name")).isEqualTo("New");
        assertThat(updated.getString("industry")).isEqualTo("Retail");
        assertThat(updated.getLong("remote_created_at")).isEqualTo(1374138000L);
        assertThat(updated.getString("website")).isEqualTo("http://www.mycompany.com/");
        assertThat(updated.getString("plan.name")).isEqualTo("Enterprise");
        assertThat(updated.getInt("size")).isEqualTo(12);
        assertThat(updated.getInt("monthly_spend")).isEqualTo(99);
        assertThat(updated.getMap("custom_attributes")).isEqualTo(Map.of(tier, "gold"));
        asApp().get("/companies/{id}", id).then().statusCode(200).body("name", equalTo("New"));
    }

    @Test
    void putCannotChangeTheCompanyIdOrCreationTime() {
        String id = upsertCompany("{\"company_id\": \"put-2\"}");

        asApp().body("{\"company_id\": \"other\"}").put("/companies/{id}", id)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("bad_request"))
                .body("errors[0].message", equalTo("bad 'company_id' parameter"));
        asApp().body("{\"remote_created_at\": 1}").put("/companies/{id}", id)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("bad 'remote_created_at' parameter"));
    }

    @Test
    void putOnAnUnknownIdIsCompanyNotFound() {
        asApp().body("{\"name\": \"Ghost\"}").put("/companies/{id}", "000000000000000000000000")
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
    }

    @Test
    void deleteAnswersTheDeletedObjectAndForgetsTheCompany() {
        String id = upsertCompany("{\"company_id\": \"delete-1\"}");

        asApp().delete("/companies/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("object", equalTo("company"))
                .body("deleted", equalTo(true));

        asApp().get("/companies/{id}", id).then().statusCode(404);
        asApp().queryParam("company_id", "delete-1").get("/companies").then().statusCode(404);
        asApp().delete("/companies/{id}", id)
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
    }

    @Test
    void postingADeletedCompanyIdCreatesANewCompany() {
        String first = upsertCompany("{\"company_id\": \"delete-2\"}");
        asApp().delete("/companies/{id}", first).then().statusCode(200);

        String second = upsertCompany("{\"company_id\": \"delete-2\"}");

        assertThat(second).isNotEqualTo(first);
    }
}
