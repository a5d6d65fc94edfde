package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.attach;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ContactsAreAttachedToCompaniesTest {

    private static final String UNKNOWN = "000000000000000000000000";

    @Test
    void attachingAnswersTheCompanyWithItsNewUserCount() {
        String company = upsertCompany("{\"company_id\": \"" + unique("attach") + "\"}");
        String first = createUser();
        String second = createUser();

        asApp().body(Map.of("id", company)).post("/contacts/{id}/companies", first)
                .then().statusCode(200)
                .body("type", equalTo("company"))
                .body("id", equalTo(company))
                .body("user_count", equalTo(1));
        attach(second, company);
        attach(second, company);

        asApp().get("/companies/{id}", company).then().body("user_count", equalTo(2));
        asApp().get("/contacts/{id}", first)
                .then().body("companies.data", equalTo(List.of(Map.of("type", "company", "id", company, "url", "/companies/" + company))))
                .body("companies.total_count", equalTo(1));
    }

    @Test
    void aContactsCompaniesAreListed() {
        String contact = createUser();
        String first = upsertCompany("{\"company_id\": \"" + unique("listed") + "\"}");
        String second = upsertCompany("{\"company_id\": \"" + unique("listed") + "\"}");
        attach(contact, first);
        attach(contact, second);

        JsonPath list = asApp().get("/contacts/{id}/companies", contact).then().statusCode(200).extract().jsonPath();

        assertThat(list.getString("type")).isEqualTo("list");
        assertThat(list.getList("data.id")).containsExactly(first, second);
        assertThat(list.getInt("total_count")).isEqualTo(2);
        assertThat(list.getMap("pages")).containsEntry("type", "pages").containsEntry("next", null)
                .containsEntry("page", 1).containsEntry("per_page", 50).containsEntry("total_pages", 1);
    }

    @Test
    void aCompanysContactsAreListed() {
        String company = upsertCompany("{\"company_id\": \"" + unique("members") + "\"}");
        String contact = createUser();
        attach(contact, company);

        asApp().get("/companies/{id}/contacts", company)
                .then().statusCode(200)
                .body("type", equalTo("list"))
                .body("data.id", equalTo(List.of(contact)))
                .body("total_count", equalTo(1))
                .body("pages.page", equalTo(1))
                .body("pages.per_page", equalTo(50));
        asApp().get("/companies/{id}/contacts", UNKNOWN)
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
    }

    @Test
    void detachingAnswersTheCompanyWithoutTheContact() {
        String company = upsertCompany("{\"company_id\": \"" + unique("detach") + "\"}");
        String contact = createUser();
        attach(contact, company);

        asApp().delete("/contacts/{id}/companies/{companyId}", contact, company)
                .then().statusCode(200)
                .body("id", equalTo(company))
                .body("user_count", equalTo(0));

        asApp().get("/contacts/{id}/companies", contact).then().body("data", hasSize(0));
    }

    @Test
    void unknownContactsAndCompaniesAreNotFoundAndAMissingIdIsRefused() {
        String company = upsertCompany("{\"company_id\": \"" + unique("errors") + "\"}");
        String contact = createUser();

        asApp().body(Map.of("id", "123")).post("/contacts/{id}/companies", contact)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("company_not_found"))
                .body("errors[0].message", equalTo("Company Not Found"));
        asApp().body(Map.of("id", company)).post("/contacts/{id}/companies", UNKNOWN)
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("User Not Found"));
        asApp().body(Map.of()).post("/contacts/{id}/companies", contact)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_not_found"))
                .body("errors[0].message", equalTo("company not specified"));
        asApp().body(Map.of("company_id", "x")).post("/contacts/{id}/companies", contact)
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
        asApp().get("/contacts/{id}/companies", UNKNOWN).then().statusCode(404);
        asApp().delete("/contacts/{id}/companies/{companyId}", contact, UNKNOWN)
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
    }

    @Test
    void deletingEitherSideDetachesTheOther() {
        String company = upsertCompany("{\"company_id\": \"" + unique("deleted-side") + "\"}");
        String leaving = createUser();
        String staying = createUser();
        attach(leaving, company);
        attach(staying, company);

        asApp().delete("/contacts/{id}", leaving).then().statusCode(200);
        asApp().get("/companies/{id}", company).then().body("user_count", equalTo(1));

        asApp().delete("/companies/{id}", company).then().statusCode(200);
        asApp().get("/contacts/{id}", staying)
                .then().statusCode(200).body("companies.total_count", equalTo(0));
    }
}
