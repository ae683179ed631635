package org.hrcities.platform.adapter.out.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class SitePageJpaMapperTest {

    @Test
    void a_page_survives_the_round_trip_through_its_row() {
        SitePage page = SitePage.migrated(SitePageId.generate(), new Language("fr"), null, new Slug("about"), "About the network",
                "We are *cities*.", SitePageStatus.PUBLISHED, 2, Instant.parse("2024-05-06T07:08:09.123456Z"));
        SitePageJpaEntity row = new SitePageJpaEntity(page.id().value());
        SitePageJpaMapper.copyInto(page, row);
        row.version = 4;

        SitePage back = SitePageJpaMapper.toDomain(row);

        assertEquals(page.id(), back.id());
        assertEquals(new Language("fr"), back.language());
        assertEquals(Optional.empty(), back.translationOf());
        assertEquals(page.id().value(), row.translationGroup);
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
        SitePage page = SitePage.create(SitePageId.generate(), new Language("en"), null, "Privacy policy", "", Instant.EPOCH);
        SitePageJpaEntity row = new SitePageJpaEntity(page.id().value());
        SitePageJpaMapper.copyInto(page, row);
        row.version = 1;

        assertNull(row.menuPosition);
        assertEquals("DRAFT", row.status);
        assertEquals(Optional.empty(), SitePageJpaMapper.toDomain(row).menuPosition());
    }

    @Test
    void a_translation_keeps_the_page_it_translates_through_its_row() {
        SitePage about = SitePage.create(SitePageId.generate(), new Language("en"), null, "About", "", Instant.EPOCH);
        SitePage german = about.translate(SitePageId.generate(), new Language("de"), null, "Über uns", "", Instant.EPOCH);
        SitePageJpaEntity row = new SitePageJpaEntity(german.id().value());
        SitePageJpaMapper.copyInto(german, row);

        SitePage back = SitePageJpaMapper.toDomain(row);

        assertEquals("de", row.language);
        assertEquals(about.id().value(), row.translationGroup);
        assertEquals(Optional.of(about.id()), back.translationOf());
        assertEquals(new Language("de"), back.language());
    }
}
