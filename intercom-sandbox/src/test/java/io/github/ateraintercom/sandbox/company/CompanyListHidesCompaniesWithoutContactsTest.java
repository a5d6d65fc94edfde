package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.attach;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CompanyListHidesCompaniesWithoutContactsTest {

    @Test
    void onlyCompaniesWithAnAttachedContactAreListed() {
        String lonely = upsertCompany("{\"company_id\": \"" + unique("lonely") + "\"}");
        String peopled = upsertCompany("{\"company_id\": \"" + unique("peopled") + "\"}");
        String contact = createUser();
        attach(contact, peopled);

        List<String> listed = listedIds();
        assertThat(listed).contains(peopled).doesNotContain(lonely);

        asApp().delete("/contacts/{id}/companies/{companyId}", contact, peopled).then().statusCode(200);
        assertThat(listedIds()).doesNotContain(peopled);
        // The other listings still show every company.
        asApp().get("/companies/{id}", lonely).then().statusCode(200);
    }

    private static List<String> listedIds() {
        return asApp().body(Map.of("per_page", 10_000)).post("/companies/list")
                .then().statusCode(200).extract().path("data.id");
    }
}
