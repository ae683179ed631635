package org.hrcities.platform.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new site without demo content gets its first administrator from HRC_ADMIN_EMAIL and HRC_ADMIN_PASSWORD. */
class FirstAdministratorIT {

    private static final String EMAIL = "webmaster@city.example.org";
    private static final String PASSWORD = "a passphrase nobody guesses";

    @TempDir
    Path directory;

    @Test
    void the_configured_administrator_can_sign_in_and_no_demo_account_exists() {
        Map<String, String> environment = Map.of("HRC_STORAGE", "memory", "HRC_DEMO_CONTENT", "false",
                "HRC_ADMIN_EMAIL", EMAIL, "HRC_ADMIN_PASSWORD", PASSWORD, "HRC_ADMIN_NAME", "Webmaster");
        try (Site site = Site.start("first-administrator", directory, environment)) {
            JsonObject me = Site.json(site.get("/api/admin/me", "Authorization", StaffClient.basic(EMAIL, PASSWORD)))
                    .asJsonObject();
            assertEquals("administrator", me.getString("role"));
            assertEquals("Webmaster", me.getString("displayName"));
            assertEquals(401, site.get("/api/admin/me", "Authorization",
                    StaffClient.basic(StaffClient.ADMINISTRATOR, StaffClient.PASSWORD)).statusCode());
            assertEquals(1, Site.json(site.get("/api/admin/accounts", "Authorization", StaffClient.basic(EMAIL, PASSWORD)))
                    .asJsonArray().size());
        }
    }
}
