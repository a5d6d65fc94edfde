package io.github.ateraintercom.sandbox.tag;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CompaniesAreTaggedThroughTagsTest {

    @Test
    void taggingByIdOrCompanyIdCreatesTheTagAndShowsOnTheCompanies() {
        String byId = upsertCompany("{\"company_id\": \"" + unique("tag-by-id") + "\"}");
        String companyId = unique("tag-by-company-id");
        String byCompanyId = upsertCompany("{\"company_id\": \"" + companyId + "\"}");
        String name = unique("Key account");

        String tagId = asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", byId), Map.of("company_id", companyId))))
                .post("/tags")
                .then().statusCode(200)
                .body("type", equalTo("tag"))
                .body("name", equalTo(name))
                .body("companies", equalTo(List.of(Map.of("id", byId, "tagged", true), Map.of("id", byCompanyId, "tagged", true))))
                .extract().path("id");

        asApp().get("/companies/{id}", byId)
                .then().statusCode(200)
                .body("tags.type", equalTo("tag.list"))
                .body("tags.tags", equalTo(List.of(Map.of("type", "tag", "id", tagId, "name", name))));
        asApp().queryParam("tag_id", tagId).get("/companies")
                .then().statusCode(200).body("total_count", equalTo(2));
    }

    @Test
    void untagRemovesTheTagFromTheCompanyOnly() {
        String company = upsertCompany("{\"company_id\": \"" + unique("untag") + "\"}");
        String name = unique("Churn risk");
        asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", company)))).post("/tags").then().statusCode(200);

        asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", company, "untag", true)))).post("/tags")
                .then().statusCode(200)
                .body("companies[0].tagged", equalTo(false));

        asApp().get("/companies/{id}", company).then().body("tags.tags", hasSize(0));
        asApp().body(Map.of("name", name)).post("/tags").then().statusCode(200);
    }

    @Test
    void anUnknownCompanyRefusesTheWholeRequest() {
        String company = upsertCompany("{\"company_id\": \"" + unique("all-or-nothing") + "\"}");

        asApp().body(Map.of("name", unique("never"), "companies", List.of(Map.of("id", company), Map.of("company_id", "123"))))
                .post("/tags")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("company_not_found"));

        asApp().get("/companies/{id}", company).then().body("tags.tags", hasSize(0));
    }

    @Test
    void untaggingWithAnUnknownTagNameIsNotFound() {
        String company = upsertCompany("{\"company_id\": \"" + unique("untag-unknown") + "\"}");

        asApp().body(Map.of("name", unique("no such tag"), "companies", List.of(Map.of("id", company, "untag", true))))
                .post("/tags")
                .then().statusCode(404).body("errors[0].code", equalTo("not_found"));
    }

    @Test
    void deletingACompanyFreesItsTags() {
        String company = upsertCompany("{\"company_id\": \"" + unique("deleted-tagged") + "\"}");
        String name = unique("Short lived");
        String tagId = createTag(name);
        asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", company)))).post("/tags").then().statusCode(200);

        asApp().delete("/companies/{id}", company).then().statusCode(200);

        asApp().delete("/tags/{id}", tagId).then().statusCode(200);
    }
}
