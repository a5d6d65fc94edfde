package io.github.ateraintercom.sandbox.helpcenter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.helpcenter.CollectionsNestAtMostThreeLevelsTest.collection;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ArticlesAreWrittenListedAndDeletedTest {

    @Test
    void anArticleInANestedCollectionShowsItsParents() {
        String author = adminId(1);
        String top = collection(Map.of("name", unique("Hardware")));
        String child = collection(Map.of("name", unique("Printers"), "parent_id", top));

        JsonPath created = asApp().body(Map.of("title", "Thanks for everything", "description", "Description",
                        "body", "Body of the Article", "author_id", Long.parseLong(author), "state", "published",
                        "parent_id", Long.parseLong(child), "parent_type", "collection"))
                .post("/articles").then().statusCode(200).extract().jsonPath();

        String id = created.getString("id");
        assertThat(id).matches("^[0-9]+$");
        assertThat(created.getString("type")).isEqualTo("article");
        assertThat(created.getString("workspace_id")).isEqualTo("sandbox1");
        assertThat(created.getString("body")).isEqualTo("<p class=\"no-margin\">Body of the Article</p>");
        assertThat(created.getLong("author_id")).isEqualTo(Long.parseLong(author));
        assertThat(created.getString("state")).isEqualTo("published");
        assertThat(created.getLong("parent_id")).isEqualTo(Long.parseLong(child));
        assertThat(created.getString("parent_type")).isEqualTo("collection");
        assertThat(created.getList("parent_ids", Long.class)).containsExactly(Long.parseLong(top), Long.parseLong(child));
        assertThat(created.getString("url")).endsWith("/en/articles/" + id + "-thanks-for-everything");
        assertThat(created.getString("statistics.type")).isEqualTo("article_statistics");
        assertThat(created.getString("tags.type")).isEqualTo("tag.list");
        asApp().get("/articles/{id}", id).then().statusCode(200).body("title", equalTo("Thanks for everything"));
    }

    @Test
    void aDraftIsTheDefaultAndAnUpdateKeepsWhatItDoesNotSend() {
        String id = asApp().body(Map.of("title", unique("Draft"), "author_id", adminId(0), "body_markdown", "# Hello"))
                .post("/articles").then().statusCode(200)
                .body("state", equalTo("draft"))
                .body("url", nullValue())
                .body("body_markdown", equalTo("# Hello"))
                .body("description", equalTo(""))
                .body("parent_ids", equalTo(List.of()))
                .extract().path("id");

        asApp().body(Map.of("title", "Christmas is here!", "body", "<p>New gifts in store for the jolly season</p>"))
                .put("/articles/{id}", id)
                .then().statusCode(200)
                .body("title", equalTo("Christmas is here!"))
                .body("body", equalTo("<p class=\"no-margin\">New gifts in store for the jolly season</p>"))
                .body("body_markdown", nullValue())
                .body("state", equalTo("draft"));
        asApp().body(Map.of("state", "published")).put("/articles/{id}", id)
                .then().statusCode(200).body("state", equalTo("published")).body("title", equalTo("Christmas is here!"));
    }

    @Test
    void theListShowsTheMostRecentlyUpdatedFirstAndDeletedArticlesAreGone() {
        String author = adminId(0);
        String older = asApp().body(Map.of("title", unique("Older"), "author_id", author)).post("/articles")
                .then().extract().path("id");
        String newer = asApp().body(Map.of("title", unique("Newer"), "author_id", author)).post("/articles")
                .then().extract().path("id");

        JsonPath list = asApp().queryParam("per_page", 2).get("/articles").then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("type")).isEqualTo("list");
        assertThat(list.getList("data.id")).containsExactly(newer, older);
        assertThat(list.getMap("data[0]")).doesNotContainKey("statistics");
        assertThat(list.getInt("pages.per_page")).isEqualTo(2);

        asApp().delete("/articles/{id}", older).then().statusCode(200)
                .body("id", equalTo(older)).body("object", equalTo("article")).body("deleted", equalTo(true));
        asApp().get("/articles/{id}", older).then().statusCode(404).body("errors[0].code", equalTo("not_found"));
        asApp().delete("/articles/{id}", older).then().statusCode(404);
        asApp().body(Map.of("title", "x")).put("/articles/{id}", older).then().statusCode(404);
    }
}
