package io.github.ateraintercom.sandbox.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

/** Refused rules are never added, so this needs no separate app instance. */
@QuarkusTest
class InvalidFaultRuleIsRefusedTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"server_error\": 1}",
            "{\"path\": \"companies\"}",
            "{\"path\": \"/x\", \"server_error\": 0.6, \"hang\": 0.5}",
            "{\"path\": \"/x\", \"bad_gateway\": 1.5}",
            "{\"path\": \"/x\", \"latency_ms\": -1}",
            "{\"path\": \"/x\", \"burst\": {\"probability\": 0.1}}",
            "{\"path\": \"/x\", \"burst\": {\"probability\": 0.1, \"requests\": 0}}",
            "{\"path\": \"/x\", \"sever_error\": 1}",
            "{\"path\": \"/x\", \"hang\": \"often\"}",
            "not json"})
    void ruleIsRefusedAsAnInvalidParameter(String rule) {
        RestAssured.given().contentType(ContentType.JSON).body(rule)
                .post("/sandbox/faults")
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void removingAnUnknownRuleIsNotFound() {
        RestAssured.delete("/sandbox/faults/{id}", "no-such-rule")
                .then().statusCode(404).body("errors[0].code", equalTo("not_found"));
    }
}
