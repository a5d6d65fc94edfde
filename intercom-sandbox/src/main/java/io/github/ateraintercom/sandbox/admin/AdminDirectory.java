package io.github.ateraintercom.sandbox.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's teammates and teams. Intercom has no API to create them, so they come from the
 * admins file (or the bundled seed) and never change; {@link #reset()} reads the seed again. Ids are
 * numeric strings derived from seed order, so a reseed gives every teammate the same id.
 */
@Singleton
public class AdminDirectory implements StateSection {

    private static final String BUNDLED_SEED = "sandbox-admins.json";
    private static final long FIRST_ADMIN_ID = 991_267_401L;
    private static final long FIRST_TEAM_ID = 814_861L;

    private final ObjectMapper mapper;
    private final Optional<String> seedFile;
    private volatile Roster roster;

    public AdminDirectory(ObjectMapper mapper, SandboxConfig config) {
        this.mapper = mapper;
        this.seedFile = config.adminsFile();
        this.roster = load();
    }

    public List<Admin> admins() {
        return roster.admins();
    }

    public Optional<Admin> admin(String id) {
        return roster.admins().stream().filter(admin -> admin.id().equals(id)).findFirst();
    }

    /** The teammate the access tokens belong to: the first one seeded. */
    public Admin tokenOwner() {
        return roster.admins().get(0);
    }

    public List<Team> teams() {
        return roster.teams();
    }

    public Optional<Team> team(String id) {
        return roster.teams().stream().filter(team -> team.id().equals(id)).findFirst();
    }

    @Override
    public String name() {
        return "admins";
    }

    /** Reads the seed again; teammates are configuration, so this is the whole reset. */
    @Override
    public void reset() {
        roster = load();
    }

    /** The teammates and teams as {@code GET /admins} and {@code GET /teams} render them. */
    @Override
    public Snapshot snapshot() {
        Roster current = roster;
        return new Snapshot(
                current.admins().stream().map(AdminJson::of).toList(),
                current.teams().stream().map(TeamJson::of).toList());
    }

    /** The directory's state, JSON-serialisable. */
    public record Snapshot(List<AdminJson> admins, List<TeamJson> teams) {
    }

    private Roster load() {
        AdminSeed seed = read();
        if (seed.admins() == null || seed.admins().isEmpty()) {
            throw new IllegalStateException("the admins seed lists no admins; the token owner would be missing");
        }
        Map<String, Long> teamIds = new LinkedHashMap<>();
        Map<String, List<Long>> members = new LinkedHashMap<>();
        List<Admin> admins = new ArrayList<>();
        for (int index = 0; index < seed.admins().size(); index++) {
            AdminSeed.Teammate teammate = seed.admins().get(index);
            if (teammate.name() == null || teammate.email() == null) {
                throw new IllegalStateException("every seeded admin needs a name and an email");
            }
            long adminId = FIRST_ADMIN_ID + index;
            List<Long> ids = new ArrayList<>();
            for (String teamName : teammate.teams() == null ? List.<String>of() : teammate.teams()) {
                long teamId = teamIds.computeIfAbsent(teamName, name -> FIRST_TEAM_ID + teamIds.size());
                ids.add(teamId);
                members.computeIfAbsent(teamName, name -> new ArrayList<>()).add(adminId);
            }
            admins.add(new Admin(Long.toString(adminId), teammate.name(), teammate.email(), teammate.jobTitle(),
                    teammate.awayModeEnabled(), teammate.hasInboxSeat(), List.copyOf(ids)));
        }
        List<Team> teams = teamIds.entrySet().stream()
                .map(team -> new Team(Long.toString(team.getValue()), team.getKey(), List.copyOf(members.get(team.getKey()))))
                .toList();
        return new Roster(List.copyOf(admins), teams);
    }

    private AdminSeed read() {
        // A typo in a hand-written seed should stop startup rather than silently drop a field.
        var reader = mapper.readerFor(AdminSeed.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            if (seedFile.isPresent()) {
                return reader.readValue(Files.readAllBytes(Path.of(seedFile.get())));
            }
            try (InputStream bundled = AdminDirectory.class.getClassLoader().getResourceAsStream(BUNDLED_SEED)) {
                if (bundled == null) {
                    throw new IllegalStateException(BUNDLED_SEED + " is missing from the application");
                }
                return reader.readValue(bundled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admins seed " + seedFile.orElse(BUNDLED_SEED), e);
        }
    }

    private record Roster(List<Admin> admins, List<Team> teams) {
    }
}
