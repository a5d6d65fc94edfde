package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.attach;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CompanyLookupAndPaginationTest {

    private static final List<String> PAGED_IDS = new ArrayList<>();

    // Once per class, but in @BeforeEach: the test port is only known to REST Assured from then on.
    @BeforeEach
    void createCompaniesOnce() {
        if (!PAGED_IDS.isEmpty()) {
            return;
        }
        IntStream.rangeClosed(1, 20).forEach(n -> PAGED_IDS.add(
                upsertCompany("{\"company_id\": \"paged-" + n + "\", \"name\": \"Paged " + n + "\"}")));
        // POST /companies/list shows only companies with contacts.
        String member = createUser();
        PAGED_IDS.forEach(companyId -> attach(member, companyId));
        upsertCompany("{\"company_id\": \"twin-1\", \"name\": \"Twin\"}");
        upsertCompany("{\"company_id\": \"twin-2\", \"name\": \"Twin\"}");
    }

    @Test
    void companyIsFoundByItsIntercomId() {
        String id = PAGED_IDS.get(0);

        asApp().get("/companies/{id}", id)
                .then().statusCode(200)
                .body("type", equalTo("company"))
                .body("id", equalTo(id))
                .body("company_id", equalTo("paged-1"));
    }

    @Test
    void unknownIntercomIdIsCompanyNotFound() {
        asApp().get("/companies/{id}", "000000000000000000000000")
                .then().statusCode(404)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("company_not_found"))
                .body("errors[0].message", equalTo("Company Not Found"));
    }

    @Test
    void lookupByCompanyIdIsASingleCompanyList() {
        JsonPath list = asApp().queryParam("company_id", "paged-3").get("/companies")
                .then().statusCode(200).extract().jsonPath();

        assertThat(list.getString("type")).isEqualTo("list");
        assertThat(list.getList("data.id")).containsExactly(PAGED_IDS.get(2));
        assertThat(list.getInt("total_count")).isEqualTo(1);
        assertThat(list.getMap("pages")).containsEntry("type", "pages").containsEntry("next", null)
                .containsEntry("page", 1).containsEntry("per_page", 15).containsEntry("total_pages", 1);
    }

    @Test
    void lookupByNameListsEveryCompanyWithThatName() {
        asApp().queryParam("name", "Twin").get("/companies")
                .then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("data.company_id", containsInAnyOrder("twin-1", "twin-2"));
    }

    @Test
    void lookupWithoutMatchIsCompanyNotFound() {
        asApp().queryParam("company_id", "nobody").get("/companies")
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
        asApp().queryParam("name", "Nobody").get("/companies")
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
        asApp().queryParam("tag_id", "678910").get("/companies")
                .then().statusCode(404).body("errors[0].code", equalTo("company_not_found"));
    }

    @Test
    void pagesOfAllCompaniesCoverEachCompanyOnce() {
        int total = asApp().get("/companies").then().statusCode(200).extract().path("total_count");
        List<String> seen = new ArrayList<>();
        int page = 1;
        JsonPath current;
        do {
            current = asApp().queryParam("per_page", 7).queryParam("page", page).get("/companies")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(current.getInt("pages.page")).isEqualTo(page);
            assertThat(current.getInt("pages.per_page")).isEqualTo(7);
            assertThat(current.getInt("pages.total_pages")).isEqualTo((total + 6) / 7);
            seen.addAll(current.getList("data.id"));
            page++;
        } while (current.getString("pages.next") != null);

        assertThat(seen).doesNotHaveDuplicates().hasSize(total).containsAll(PAGED_IDS);
        assertThat(page - 1).isEqualTo((total + 6) / 7);
    }

    @Test
    void nextLinkPointsAtTheFollowingPage() {
        String next = asApp().queryParam("per_page", 5).get("/companies")
                .then().statusCode(200).extract().path("pages.next");

        assertThat(next).contains("/companies?").contains("page=2").contains("per_page=5");
    }

    @Test
    void pageBeyondTheLastIsEmpty() {
        asApp().queryParam("page", 10_000).get("/companies")
                .then().statusCode(200)
                .body("data.size()", equalTo(0))
                .body("pages.next", nullValue());
    }

    @Test
    void nonNumericPagingIsAnInvalidParameter() {
        asApp().queryParam("per_page", "many").get("/companies")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().queryParam("page", 0).get("/companies")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void listTakesPagingFromTheQuery() {
        asApp().queryParam("per_page", 3).queryParam("page", 2).post("/companies/list")
                .then().statusCode(200)
                .body("type", equalTo("list"))
                .body("data.size()", equalTo(3))
                .body("pages.page", equalTo(2))
                .body("pages.per_page", equalTo(3));
    }

    @Test
    void listTakesPagingAndOrderFromTheBody() {
        JsonPath newest = asApp().body(Map.of("per_page", 2)).post("/companies/list")
                .then().statusCode(200).extract().jsonPath();
        JsonPath oldest = asApp().body(Map.of("per_page", 2, "order", "asc")).post("/companies/list")
                .then().statusCode(200).extract().jsonPath();

        assertThat(newest.getInt("pages.per_page")).isEqualTo(2);
        assertThat(newest.getList("data")).hasSize(2);
        List<String> all = asApp().body(Map.of("per_page", 1000, "order", "asc")).post("/companies/list")
                .then().statusCode(200).extract().path("data.id");
        assertThat(oldest.getList("data.id")).isEqualTo(all.subList(0, 2));
        assertThat(newest.getList("data.id")).containsExactly(all.get(all.size() - 1), all.get(all.size() - 2));
    }

    @Test
    void listRefusesUnknownBodyFields() {
        asApp().body(Map.of("starting_after", "abc")).post("/companies/list")
                .then().statusCode(400).body("errors[0].code", equalTo("bad_request"));
    }
}
