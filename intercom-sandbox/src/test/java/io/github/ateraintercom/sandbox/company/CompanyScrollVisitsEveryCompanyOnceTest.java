package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CompanyScrollVisitsEveryCompanyOnceTest {

    @Test
    void scrollPagesThroughAllCompaniesAndEndsWithAnEmptyPage() {
        List<String> created = IntStream.rangeClosed(1, 17)
                .mapToObj(n -> upsertCompany("{\"company_id\": \"scrolled-" + n + "\"}"))
                .toList();
        int total = asApp().get("/companies").then().statusCode(200).extract().path("total_count");

        JsonPath first = asApp().get("/companies/scroll").then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("type")).isEqualTo("list");
        assertThat(first.getMap("$")).containsEntry("pages", null).containsEntry("total_count", null);
        assertThat(first.getList("data")).hasSize(15);
        String scrollParam = first.getString("scroll_param");
        assertThat(scrollParam).isNotBlank();

        List<String> seen = new ArrayList<>(first.getList("data.id"));
        JsonPath page;
        do {
            page = asApp().queryParam("scroll_param", scrollParam).get("/companies/scroll")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.id"));
        } while (!page.getList("data").isEmpty());

        assertThat(page.getString("scroll_param")).isNull();
        assertThat(seen).doesNotHaveDuplicates().hasSize(total).containsAll(created);
    }

    @Test
    void anAppHasOnlyOneOpenScroll() {
        upsertCompany("{\"company_id\": \"scroll-owner\"}");
        String scrollParam = asApp().get("/companies/scroll").then().statusCode(200).extract().path("scroll_param");

        asApp().get("/companies/scroll")
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("errors[0].message", equalTo("scroll already exists for this app"));

        drain(scrollParam);
        String restarted = asApp().get("/companies/scroll").then().statusCode(200).extract().path("scroll_param");
        drain(restarted);
    }

    @Test
    void unknownScrollParamIsRefused() {
        asApp().queryParam("scroll_param", "not-a-scroll").get("/companies/scroll")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    private static void drain(String scrollParam) {
        while (scrollParam != null) {
            scrollParam = asApp().queryParam("scroll_param", scrollParam).get("/companies/scroll")
                    .then().statusCode(200).extract().path("scroll_param");
        }
    }
}
