package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ContactListIsCursorPagedTest {

    @Test
    void followingStartingAfterVisitsEveryContactOnce() {
        List<String> created = IntStream.range(0, 7).mapToObj(n -> createUser()).toList();
        int total = asApp().get("/contacts").then().statusCode(200).extract().path("total_count");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int page = 0;
        JsonPath current;
        do {
            var request = asApp().queryParam("per_page", 3);
            if (cursor != null) {
                request.queryParam("starting_after", cursor);
            }
            current = request.get("/contacts").then().statusCode(200).extract().jsonPath();
            page++;
            assertThat(current.getString("type")).isEqualTo("list");
            assertThat(current.getInt("pages.page")).isEqualTo(page);
            assertThat(current.getInt("pages.per_page")).isEqualTo(3);
            assertThat(current.getInt("pages.total_pages")).isEqualTo((total + 2) / 3);
            seen.addAll(current.getList("data.id"));
            cursor = current.getString("pages.next.starting_after");
            if (cursor != null) {
                assertThat(current.getInt("pages.next.page")).isEqualTo(page + 1);
            }
        } while (cursor != null);

        assertThat(current.getMap("pages")).doesNotContainKey("next");
        assertThat(seen).doesNotHaveDuplicates().hasSize(total).containsAll(created);
    }

    @Test
    void defaultPageHoldsFiftyContacts() {
        asApp().get("/contacts").then().statusCode(200).body("pages.per_page", equalTo(50));
    }

    @Test
    void pageSizesOutsideOneTo150AreRefused() {
        asApp().queryParam("per_page", 151).get("/contacts")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().queryParam("per_page", 0).get("/contacts")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void aForgedCursorIsAClientError() {
        asApp().queryParam("starting_after", "not-a-cursor").get("/contacts")
                .then().statusCode(400).body("errors[0].code", equalTo("client_error"));
    }

    @Test
    void archivedContactsAreLeftOut() {
        String archived = createContact("{\"role\": \"lead\"}");
        asApp().post("/contacts/{id}/archive", archived).then().statusCode(200);

        asApp().body(Map.of("query", Map.of("field", "id", "operator", "=", "value", archived)))
                .post("/contacts/search")
                .then().statusCode(200).body("total_count", equalTo(0)).body("data.id", not(hasItem(archived)));
    }
}
