package io.github.ateraintercom.sandbox.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(SeededAdminsProfile.class)
class AdminsAreSeededFromConfigurationTest {

    @Test
    void adminsListTheTeammatesOfTheFileInItsOrder() {
        JsonPath list = asApp().get("/admins").then().statusCode(200).extract().jsonPath();

        assertThat(list.getString("type")).isEqualTo("admin.list");
        assertThat(list.getList("admins.name")).containsExactly("Grace Hopper", "Ada Lovelace");
        assertThat(list.getList("admins.email")).containsExactly("grace@fleet.example", "ada@engine.example");
        assertThat(list.getList("admins.job_title")).containsExactly("Admiral", "Analyst");
        assertThat(list.getList("admins.away_mode_enabled")).containsExactly(false, true);
        assertThat(list.getList("admins.has_inbox_seat")).containsExactly(true, false);
        assertThat(list.getList("admins.id", String.class)).allMatch(id -> id.matches("^[0-9]+$"));
    }

    @Test
    void teamsAreTheTeamNamesTheTeammatesList() {
        JsonPath admins = asApp().get("/admins").then().statusCode(200).extract().jsonPath();
        JsonPath teams = asApp().get("/teams").then().statusCode(200).extract().jsonPath();

        assertThat(teams.getString("type")).isEqualTo("team.list");
        assertThat(teams.getList("teams.name")).containsExactly("Navy", "Engines");
        long grace = Long.parseLong(admins.getString("admins[0].id"));
        long ada = Long.parseLong(admins.getString("admins[1].id"));
        assertThat(teams.getList("teams[0].admin_ids", Long.class)).containsExactly(grace, ada);
        assertThat(teams.getList("teams[1].admin_ids", Long.class)).containsExactly(ada);
        long navy = Long.parseLong(teams.getString("teams[0].id"));
        assertThat(admins.getList("admins[0].team_ids", Long.class)).isEqualTo(List.of(navy));
    }

    @Test
    void meIsTheFirstTeammateInTheConfiguredWorkspace() {
        asApp().get("/me")
                .then().statusCode(200)
                .body("name", equalTo("Grace Hopper"))
                .body("app.name", equalTo("Fleet"))
                .body("app.id_code", equalTo("sandbox1"));
    }
}
