package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class SitePageJpaMapperTest {

    @Test
    void a_page_survives_the_round_trip_through_its_row() {
        SitePage page = SitePage.migrated(SitePageId.generate(), new Slug("about"), "About the network",
                "We are *cities*.", SitePageStatus.PUBLISHED, 2, Instant.parse("2024-05-06T07:08:09.123456Z"));
        SitePageJpaEntity row = new SitePageJpaEntity(page.id().value());
        SitePageJpaMapper.copyInto(page, row);
        row.version = 4;

        SitePage back = SitePageJpaMapper.toDomain(row);

        assertEquals(page.id(), back.id());
        assertEquals(page.slug(), back.slug());
        assertEquals(page.title(), back.title());
        assertEquals(page.body(), back.body());
        assertEquals(SitePageStatus.PUBLISHED, back.status());
        assertEquals(Optional.of(2), back.menuPosition());
        assertEquals(page.updatedAt(), back.updatedAt());
        assertEquals(4, back.version());
    }

    @Test
    void a_page_out_of_the_menu_has_no_position_in_its_row() {
        SitePage page = SitePage.create(SitePageId.generate(), null, "Privacy policy", "", Instant.EPOCH);
        SitePageJpaEntity row = new SitePageJpaEntity(page.id().value());
        SitePageJpaMapper.copyInto(page, row);
        row.version = 1;

        assertNull(row.menuPosition);
        assertEquals("DRAFT", row.status);
        assertEquals(Optional.empty(), SitePageJpaMapper.toDomain(row).menuPosition());
    }
}
