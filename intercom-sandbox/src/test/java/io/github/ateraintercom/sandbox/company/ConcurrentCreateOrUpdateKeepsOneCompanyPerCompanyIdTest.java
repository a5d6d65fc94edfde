package io.github.ateraintercom.sandbox.company;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ConcurrentCreateOrUpdateKeepsOneCompanyPerCompanyIdTest {

    @Test
    void parallelPostsOfOneCompanyIdAllLandOnOneCompany() throws Exception {
        String writer = unique("writer");
        IntStream.range(0, 64).forEach(n -> createAttribute("company", writer + "_" + n, "integer"));
        List<Callable<String>> posts = IntStream.range(0, 64)
                .<Callable<String>>mapToObj(n -> () -> upsertCompany(
                        "{\"company_id\": \"racy\", \"custom_attributes\": {\"" + writer + "_" + n + "\": " + n + "}}"))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<String> ids;
        try {
            ids = pool.invokeAll(posts).stream().map(ConcurrentCreateOrUpdateKeepsOneCompanyPerCompanyIdTest::get).toList();
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).containsOnly(ids.get(0));
        asApp().queryParam("company_id", "racy").get("/companies")
                .then().statusCode(200)
                .body("total_count", equalTo(1))
                // No write was lost: every writer's attribute survived.
                .body("data[0].custom_attributes.size()", equalTo(64));
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
