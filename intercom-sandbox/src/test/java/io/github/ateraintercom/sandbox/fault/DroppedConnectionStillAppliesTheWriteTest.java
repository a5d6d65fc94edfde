package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static io.github.ateraintercom.sandbox.support.Api.TOKEN;
import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(ControlProfile.class)
class DroppedConnectionStillAppliesTheWriteTest {

    @TestHTTPResource("/")
    URL server;

    @BeforeEach
    void noFaults() {
        Control.reset();
    }

    @Test
    void connectionClosesWithoutAResponseYetTheCompanyIsStored() throws Exception {
        Control.addFault("{\"method\": \"POST\", \"path\": \"/companies\", \"drop_after_write\": 1}");
        String body = "{\"company_id\": \"dropped-1\", \"name\": \"Written anyway\"}";

        byte[] answer = rawPost("/companies", body);

        assertThat(answer).as("bytes received before the connection closed").isEmpty();
        RestAssured.delete("/sandbox/faults").then().statusCode(204);
        asApp().queryParam("company_id", "dropped-1").get("/companies")
                .then().statusCode(200)
                .body("total_count", equalTo(1))
                .body("data[0].name", equalTo("Written anyway"));
        // Counted as a request that got no answer.
        RestAssured.get("/sandbox/requests")
                .then().body("requests.find { it.method == 'POST' }.status", nullValue())
                .body("requests.find { it.method == 'POST' }.count", equalTo(1));
    }

    /** Sends one request on a fresh connection and returns everything received until the server closes it. */
    private byte[] rawPost(String path, String body) throws Exception {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\n"
                    + "Host: " + server.getHost() + "\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }
}
