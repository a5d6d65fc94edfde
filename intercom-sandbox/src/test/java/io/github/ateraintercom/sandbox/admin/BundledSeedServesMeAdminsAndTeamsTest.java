package io.github.ateraintercom.sandbox.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class BundledSeedServesMeAdminsAndTeamsTest {

    @Test
    void meIsTheTokenOwnerWithItsWorkspace() {
        JsonPath me = asApp().get("/me").then().statusCode(200).extract().jsonPath();
        String firstAdminId = asApp().get("/admins").then().extract().path("admins[0].id");

        assertThat(me.getString("type")).isEqualTo("admin");
        assertThat(me.getString("id")).isEqualTo(firstAdminId);
        assertThat(me.getString("email")).isEqualTo("owner@sandbox.example");
        assertThat(me.getBoolean("email_verified")).isTrue();
        assertThat(me.getBoolean("has_inbox_seat")).isTrue();
        assertThat(me.getString("avatar.type")).isEqualTo("avatar");
        assertThat(me.getMap("app")).containsEntry("type", "app").containsEntry("id_code", "sandbox1")
                .containsEntry("name", "Sandbox").containsEntry("region", "US").containsEntry("timezone", "UTC")
                .containsEntry("identity_verification", false);
        assertThat(me.getLong("app.created_at")).isPositive();
    }

    @Test
    void bundledSeedHasFourTeammatesOneWithoutAnInboxSeat() {
        JsonPath list = asApp().get("/admins").then().statusCode(200).extract().jsonPath();

        assertThat(list.getList("admins")).hasSize(4);
        assertThat(list.getList("admins.has_inbox_seat")).containsExactly(true, true, true, false);
        assertThat(list.getMap("admins[0]")).containsOnlyKeys("type", "id", "name", "email", "job_title",
                "away_mode_enabled", "away_mode_reassign", "has_inbox_seat", "away_status_reason_id", "team_ids");
    }

    @Test
    void adminIsFoundByIdAndUnknownIdsAreAdminNotFound() {
        String id = asApp().get("/admins").then().extract().path("admins[1].id");

        asApp().get("/admins/{id}", id)
                .then().statusCode(200).body("type", equalTo("admin")).body("id", equalTo(id))
                .body("name", equalTo("Tom Tech"));
        asApp().get("/admins/{id}", "123")
                .then().statusCode(404)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("admin_not_found"))
                .body("errors[0].message", equalTo("Admin not found"));
    }

    @Test
    void teamsAreListedAndFoundByIdAndUnknownIdsAreTeamNotFound() {
        JsonPath teams = asApp().get("/teams").then().statusCode(200).extract().jsonPath();
        assertThat(teams.getList("teams.name")).containsExactly("Support", "Escalations");
        String id = teams.getString("teams[1].id");

        asApp().get("/teams/{id}", id)
                .then().statusCode(200)
                .body("type", equalTo("team"))
                .body("name", equalTo("Escalations"))
                .body("admin_ids.size()", equalTo(2));
        asApp().get("/teams/{id}", "42")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("team_not_found"))
                .body("errors[0].message", equalTo("Team not found"));
    }
}
