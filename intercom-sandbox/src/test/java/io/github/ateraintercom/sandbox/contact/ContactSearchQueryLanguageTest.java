package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.HashMap;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every search is scoped to this class's own contacts by an AND with their shared marker attribute,
 * so contacts of other tests never interfere.
 */
@QuarkusTest
class ContactSearchQueryLanguageTest {

    /** 2020-01-01T09:00:00Z, 2020-01-02T09:00:00Z and 2020-01-03T09:00:00Z. */
    private static final long JAN_1 = 1577869200L;
    private static final long JAN_2 = JAN_1 + 86_400;
    private static final long JAN_3 = JAN_2 + 86_400;

    private static String marker;
    private static String seats;
    private static String vip;
    private static String ann;
    private static String bob;
    private static String cid;

    // Once per class, but in @BeforeEach: the test port is only known to REST Assured from then on.
    @BeforeEach
    void createContactsOnce() {
        if (marker != null) {
            return;
        }
        String batch = unique("batch");
        String markerName = unique("search_batch");
        seats = unique("seats");
        createAttribute("contact", markerName, "string");
        createAttribute("contact", seats, "integer");
        ann = contact("{\"role\": \"user\", \"name\": \"Ann Archer\", \"email\": \"ann." + batch + "@alpha.example\","
                + " \"external_id\": \"ann-" + batch + "\", \"signed_up_at\": " + JAN_1 + ", \"custom_attributes\": {\""
                + markerName + "\": \"" + batch + "\", \"" + seats + "\": 5}}");
        bob = contact("{\"role\": \"lead\", \"name\": \"Bob Baker\", \"email\": \"bob." + batch + "@beta.example\","
                + " \"signed_up_at\": " + JAN_2 + ", \"custom_attributes\": {\"" + markerName + "\": \"" + batch + "\", \""
                + seats + "\": 12}}");
        cid = contact("{\"role\": \"user\", \"name\": \"Cid Carter\", \"external_id\": \"cid-" + batch + "\","
                + " \"signed_up_at\": " + JAN_3 + ", \"unsubscribed_from_emails\": true,"
                + " \"custom_attributes\": {\"" + markerName + "\": \"" + batch + "\"}}");
        vip = createTag(unique("vip"));
        asApp().body(Map.of("id", vip)).post("/contacts/{id}/tags", bob).then().statusCode(200);
        marker = markerName + "=" + batch;
    }

    @Test
    void stringOperators() {
        assertThat(search(filter("name", "=", "ann archer"))).containsExactly(ann);
        assertThat(search(filter("name", "!=", "Ann Archer"))).containsExactlyInAnyOrder(bob, cid);
        assertThat(search(filter("name", "~", "ar"))).containsExactlyInAnyOrder(ann, cid);
        assertThat(search(filter("name", "!~", "ar"))).containsExactly(bob);
        assertThat(search(filter("name", "^", "Bo"))).containsExactly(bob);
        assertThat(search(filter("name", "$", "Carter"))).containsExactly(cid);
        assertThat(search(filter("role", "IN", List.of("lead")))).containsExactly(bob);
        assertThat(search(filter("role", "NIN", List.of("lead")))).containsExactlyInAnyOrder(ann, cid);
        assertThat(search(filter("email_domain", "=", "beta.example"))).containsExactly(bob);
        assertThat(search(filter("external_id", "=", null))).containsExactly(bob);
        assertThat(search(filter("email", "!=", null))).containsExactlyInAnyOrder(ann, bob);
    }

    @Test
    void integerCustomAttributeOperators() {
        assertThat(search(filter("custom_attributes." + seats, ">", 5))).containsExactly(bob);
        assertThat(search(filter("custom_attributes." + seats, ">=", 5))).containsExactlyInAnyOrder(ann, bob);
        assertThat(search(filter("custom_attributes." + seats, "<", 12))).containsExactly(ann);
        assertThat(search(filter("custom_attributes." + seats, "<=", "12"))).containsExactlyInAnyOrder(ann, bob);
        assertThat(search(filter("custom_attributes." + seats, "IN", List.of(5, 7)))).containsExactly(ann);
        assertThat(search(filter("custom_attributes." + seats, "=", null))).containsExactly(cid);
    }

    @Test
    void booleanAndTagFilters() {
        assertThat(search(filter("unsubscribed_from_emails", "=", true))).containsExactly(cid);
        assertThat(search(filter("unsubscribed_from_emails", "!=", true))).containsExactlyInAnyOrder(ann, bob);
        assertThat(search(filter("tag_id", "=", vip))).containsExactly(bob);
        assertThat(search(filter("tag_id", "!=", vip))).containsExactlyInAnyOrder(ann, cid);
    }

    @Test
    void datesMatchWholeCalendarDays() {
        // 23:59 on Jan 2nd is still Jan 2nd; ">" starts at the next day.
        long lateJan2 = JAN_2 - 9 * 3600 + 86_399;
        assertThat(search(filter("signed_up_at", "=", lateJan2))).containsExactly(bob);
        assertThat(search(filter("signed_up_at", ">", JAN_1 - 3600))).containsExactlyInAnyOrder(bob, cid);
        assertThat(search(filter("signed_up_at", "<", String.valueOf(JAN_2)))).containsExactly(ann);
    }

    @Test
    void groupsNestTwoLevels() {
        Map<String, Object> annOrBob = Map.of("operator", "OR", "value",
                List.of(filter("name", "=", "Ann Archer"), filter("name", "=", "Bob Baker")));
        Map<String, Object> users = filter("role", "=", "user");

        Map<String, Object> query = Map.of("operator", "AND", "value", List.of(markerFilter(), annOrBob, users));

        assertThat(search(query, null, 150)).containsExactly(ann);
    }

    @Test
    void deeperNestingOrMoreThan15FiltersPerGroupIsRefused() {
        Map<String, Object> leaf = filter("role", "=", "user");
        Map<String, Object> third = Map.of("operator", "AND", "value", List.of(leaf));
        Map<String, Object> second = Map.of("operator", "AND", "value", List.of(third));
        refused(Map.of("operator", "AND", "value", List.of(second)), "parameter_invalid");
        refused(Map.of("operator", "OR", "value", Collections.nCopies(16, leaf)), "parameter_invalid");
        asApp().body(Map.of("query", Map.of("operator", "OR", "value", Collections.nCopies(15, leaf))))
                .post("/contacts/search").then().statusCode(200);
    }

    @Test
    void operatorsOutsideTheFieldTypeAreRefused() {
        refused(filter("signed_up_at", "!=", JAN_1), "parameter_invalid");
        refused(filter("signed_up_at", ">=", JAN_1), "parameter_invalid");
        refused(filter("name", ">", "A"), "parameter_invalid");
        refused(filter("unsubscribed_from_emails", "~", "tr"), "parameter_invalid");
        refused(filter("tag_id", "IN", List.of(vip)), "parameter_invalid");
        refused(filter("role", "IN", "user"), "parameter_invalid");
        refused(filter("created_at", "=", "yesterday"), "parameter_invalid");
        refused(filter("favourite_colour", "=", "blue"), "parameter_invalid");
        refused(filter("custom_attributes." + unique("undefined"), "=", "x"), "parameter_invalid");
        refused(Map.of("operator", "XOR", "value", List.of(filter("role", "=", "user"))), "parameter_invalid");
        asApp().body(Map.of()).post("/contacts/search")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
    }

    @Test
    void sortOrdersResultsAndRefusesUnknownOrders() {
        assertThat(search(scoped(filter("role", "!=", "nobody")), Map.of("field", "signed_up_at", "order", "ascending"), 50))
                .containsExactly(ann, bob, cid);
        assertThat(search(scoped(filter("role", "!=", "nobody")), Map.of("field", "name"), 50))
                .containsExactly(cid, bob, ann);
        asApp().body(Map.of("query", scoped(filter("role", "=", "user")), "sort", Map.of("field", "name", "order", "desc")))
                .post("/contacts/search")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("invalid_sort_order"))
                .body("errors[0].message", equalTo("Invalid sort order 'desc'. Must be one of: ascending, descending"));
    }

    @Test
    void paginationComesFromTheBody() {
        Map<String, Object> query = scoped(filter("role", "!=", "nobody"));
        Map<String, Object> sort = Map.of("field", "signed_up_at", "order", "ascending");
        JsonPath first = asApp().body(Map.of("query", query, "sort", sort, "pagination", Map.of("per_page", 2)))
                .post("/contacts/search").then().statusCode(200).extract().jsonPath();

        assertThat(first.getInt("total_count")).isEqualTo(3);
        assertThat(first.getList("data.id")).containsExactly(ann, bob);
        assertThat(first.getInt("pages.total_pages")).isEqualTo(2);
        String cursor = first.getString("pages.next.starting_after");
        asApp().body(Map.of("query", query, "sort", sort, "pagination", Map.of("per_page", 2, "starting_after", cursor)))
                .post("/contacts/search")
                .then().statusCode(200)
                .body("data.id", equalTo(List.of(cid)))
                .body("pages.page", equalTo(2));
    }

    private static String contact(String body) {
        return createContact(body);
    }

    private static Map<String, Object> filter(String field, String operator, Object value) {
        Map<String, Object> filter = new HashMap<>();
        filter.put("field", field);
        filter.put("operator", operator);
        filter.put("value", value);
        return filter;
    }

    /** The criterion, limited to this class's contacts. */
    private static Map<String, Object> scoped(Map<String, Object> criterion) {
        return Map.of("operator", "AND", "value", List.of(markerFilter(), criterion));
    }

    private static Map<String, Object> markerFilter() {
        String[] parts = marker.split("=");
        return filter("custom_attributes." + parts[0], "=", parts[1]);
    }

    private static List<String> search(Map<String, Object> criterion) {
        return search(scoped(criterion), null, 150);
    }

    private static List<String> search(Map<String, Object> query, Map<String, Object> sort, int perPage) {
        Map<String, Object> body = new HashMap<>(Map.of("query", query, "pagination", Map.of("per_page", perPage)));
        if (sort != null) {
            body.put("sort", sort);
        }
        return asApp().body(body).post("/contacts/search").then().statusCode(200).extract().path("data.id");
    }

    private static void refused(Map<String, Object> query, String code) {
        asApp().body(Map.of("query", query)).post("/contacts/search")
                .then().statusCode(400).body("errors[0].code", equalTo(code));
    }
}
