package io.github.ateraintercom.sandbox.helpcenter;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CollectionsNestAtMostThreeLevelsTest {

    @Test
    void aFourthLevelIsRefusedWhetherCreatedOrMovedThere() {
        String top = collection(Map.of("name", unique("Top")));
        String middle = collection(Map.of("name", unique("Middle"), "parent_id", top));
        String bottom = collection(Map.of("name", unique("Bottom"), "parent_id", Long.parseLong(middle)));
        asApp().get("/help_center/collections/{id}", bottom).then().body("parent_id", equalTo(middle));

        asApp().body(Map.of("name", unique("Too deep"), "parent_id", bottom)).post("/help_center/collections")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Collections can be nested at most 3 levels deep"));

        String otherTop = collection(Map.of("name", unique("Other top")));
        String otherChild = collection(Map.of("name", unique("Other child"), "parent_id", otherTop));
        // Moving a collection that holds one below a second-level collection would make four levels.
        asApp().body(Map.of("parent_id", middle)).put("/help_center/collections/{id}", otherTop)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("parent_id", top)).put("/help_center/collections/{id}", otherTop)
                .then().statusCode(200).body("parent_id", equalTo(top));
        asApp().get("/help_center/collections/{id}", otherChild).then().body("parent_id", equalTo(otherTop));
    }

    @Test
    void aCollectionCannotMoveIntoItselfAndMovesBackToTheTop() {
        String top = collection(Map.of("name", unique("Loop top")));
        String child = collection(Map.of("name", unique("Loop child"), "parent_id", top));

        asApp().body(Map.of("parent_id", child)).put("/help_center/collections/{id}", top)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("parent_id", top)).put("/help_center/collections/{id}", top)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parent_id", null);
        asApp().body(toTop).put("/help_center/collections/{id}", child)
                .then().statusCode(200).body("parent_id", nullValue());
    }

    @Test
    void anUnknownParentIsRefused() {
        asApp().body(Map.of("name", unique("Orphan"), "parent_id", "99999999")).post("/help_center/collections")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    static String collection(Map<String, Object> body) {
        return asApp().body(body).post("/help_center/collections").then().statusCode(200).extract().path("id");
    }
}
