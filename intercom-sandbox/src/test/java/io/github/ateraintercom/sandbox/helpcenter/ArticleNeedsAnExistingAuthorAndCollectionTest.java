package io.github.ateraintercom.sandbox.helpcenter;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.helpcenter.CollectionsNestAtMostThreeLevelsTest.collection;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ArticleNeedsAnExistingAuthorAndCollectionTest {

    @Test
    void titleAndAuthorAreRequired() {
        refused(Map.of("author_id", adminId(0)), "parameter_not_found");
        asApp().body(Map.of("title", unique("No author"), "body", "Body")).post("/articles")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_not_found"))
                .body("errors[0].message",
                        equalTo("author_id must be in the main body or default locale translated_content object"));
    }

    @Test
    void theAuthorMustBeATeammate() {
        refused(Map.of("title", unique("Stranger"), "author_id", 12345), "parameter_invalid");
    }

    @Test
    void theParentMustBeAnExistingCollection() {
        String author = adminId(0);
        refused(Map.of("title", unique("Lost"), "author_id", author, "parent_id", 99999999, "parent_type", "collection"),
                "parameter_invalid");
        String section = collection(Map.of("name", unique("Section")));
        refused(Map.of("title", unique("Sectioned"), "author_id", author, "parent_id", Long.parseLong(section),
                "parent_type", "section"), "parameter_invalid");
        String article = asApp().body(Map.of("title", unique("Movable"), "author_id", author)).post("/articles")
                .then().statusCode(200).extract().path("id");
        asApp().body(Map.of("parent_id", "99999999")).put("/articles/{id}", article)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void badStatesBodiesAndFieldsAreRefused() {
        String author = adminId(0);
        refused(Map.of("title", unique("Bad state"), "author_id", author, "state", "live"), "parameter_invalid");
        refused(Map.of("title", unique("Both"), "author_id", author, "body", "<p>x</p>", "body_markdown", "x"),
                "parameter_invalid");
        refused(Map.of("title", unique("Tagged"), "author_id", author, "tags", "x"), "bad_request");
        refused(Map.of("title", 5, "author_id", author), "parameter_invalid");
    }

    private static void refused(Map<String, Object> body, String code) {
        asApp().body(body).post("/articles").then().statusCode(400).body("errors[0].code", equalTo(code));
    }
}
