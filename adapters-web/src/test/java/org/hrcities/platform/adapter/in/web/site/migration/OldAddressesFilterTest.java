package org.hrcities.platform.adapter.in.web.site.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.migration.FindMovedContentUseCase;
import org.hrcities.platform.application.port.in.migration.MovedContent;
import org.hrcities.platform.application.port.in.migration.OldAddress;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.media.TestImages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class OldAddressesFilterTest {

    /** What the site holds: one post (by its slug there, a former slug and its id), a topic and a city. */
    private static final Map<OldAddress, MovedContent> MOVED = Map.of(
            new OldAddress(OldAddress.Kind.POST_SLUG, "happy-new-year-2021"), post("happy-new-year-2021"),
            new OldAddress(OldAddress.Kind.POST_SLUG, "old-name"), post("happy-new-year-2021"),
            new OldAddress(OldAddress.Kind.POST_ID, "4"), post("happy-new-year-2021"),
            new OldAddress(OldAddress.Kind.PAGE_ID, "3"), new MovedContent(MovedContent.Kind.PAGE, new Slug("privacy-policy")),
            new OldAddress(OldAddress.Kind.POST_SLUG, "privacy-policy"),
            new MovedContent(MovedContent.Kind.PAGE, new Slug("privacy-policy")),
            new OldAddress(OldAddress.Kind.TOPIC, "tag:housing"), new MovedContent(MovedContent.Kind.TOPIC, new Slug("housing")),
            new OldAddress(OldAddress.Kind.TOPIC, "category:graz"),
            new MovedContent(MovedContent.Kind.PARTNER_CITY, new Slug("graz")));

    /** A file an import kept, by its path in the former site's uploads. */
    private static final MediaFile BANNER = MediaFile.upload(MediaId.generate(), "hrc-banner.png", TestImages.png(8, 4), "",
            Instant.parse("2026-12-06T00:00:00Z"));

    private final OldAddressesFilter filter = new OldAddressesFilter(new FindMovedContentUseCase() {
        @Override
        public Optional<MovedContent> findMovedContent(OldAddress address) {
            return Optional.ofNullable(MOVED.get(address));
        }

        @Override
        public Optional<MediaFile> findMovedMediaFile(String uploadsPath) {
            return uploadsPath.equals("2020/09/hrc-banner.png") ? Optional.of(BANNER) : Optional.empty();
        }
    });

    @Test
    void an_imported_file_and_its_smaller_copies_lead_to_the_media_file() {
        String address = "/media/" + BANNER.id() + "/hrc-banner.png";
        assertEquals(Optional.of(address), target("wp-content/uploads/2020/09/hrc-banner.png"));
        assertEquals(Optional.of(address), target("wp-content/uploads/2020/09/hrc-banner-300x169.png"));
        assertEquals(Optional.empty(), target("wp-content/uploads/2020/09/other.png"));
        assertEquals(Optional.empty(), target("wp-content/uploads/2020/09/../09/hrc-banner.png"));
        assertEquals(Optional.empty(), target("wp-content/uploads/"));
    }

    private static MovedContent post(String slug) {
        return new MovedContent(MovedContent.Kind.POST, new Slug(slug));
    }

    private Optional<String> target(String path) {
        return filter.target(path, new MultivaluedHashMap<>());
    }

    @Test
    void date_permalinks_with_or_without_the_trailing_slash_and_by_month_lead_to_the_post() {
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("2021/01/04/happy-new-year-2021/"));
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("2021/01/04/happy-new-year-2021"));
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("2021/01/01/happy-new-year-2021/"),
                "the date the post had before its date changed");
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("2021/01/happy-new-year-2021/"));
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("2019/12/31/old-name/"), "a former slug");
        assertEquals(Optional.of("/posts/happy-new-year-2021/comments/feed.xml"), target("2021/01/04/happy-new-year-2021/feed/"));
    }

    @Test
    void ids_lead_to_the_post_by_query_and_archive_path() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.add("p", "4");
        assertEquals(Optional.of("/posts/happy-new-year-2021"), filter.target("", query));
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("archives/4"));
        MultivaluedMap<String, String> unknown = new MultivaluedHashMap<>();
        unknown.add("p", "5");
        assertEquals(Optional.empty(), filter.target("", unknown));
        MultivaluedMap<String, String> notAnId = new MultivaluedHashMap<>();
        notAnId.add("p", "4 OR 1=1");
        assertEquals(Optional.empty(), filter.target("", notAnId));
    }

    @Test
    void pages_lead_to_their_page_by_id_and_by_slug() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.add("page_id", "3");
        assertEquals(Optional.of("/pages/privacy-policy"), filter.target("", query));
        assertEquals(Optional.of("/pages/privacy-policy"), target("privacy-policy/"));
        assertEquals(Optional.empty(), target("privacy-policy/feed/"), "pages have no feed");
    }

    @Test
    void categories_and_tags_lead_to_their_topic_or_partner_city_and_feeds_to_feeds() {
        assertEquals(Optional.of("/topics/housing"), target("tag/housing/"));
        assertEquals(Optional.of("/topics/housing/feed.xml"), target("tag/housing/feed/"));
        assertEquals(Optional.of("/cities/graz"), target("category/cities/graz/"), "a child category");
        assertEquals(Optional.of("/cities/graz/feed.xml"), target("category/graz/feed"));
        assertEquals(Optional.empty(), target("category/weather/"));
    }

    @Test
    void the_site_feeds_authors_and_post_name_permalinks() {
        assertEquals(Optional.of("/feed.xml"), target("feed/"));
        assertEquals(Optional.of("/feed.xml"), target("feed/atom/"));
        assertEquals(Optional.of("/feed.xml"), target("comments/feed/"));
        assertEquals(Optional.of("/"), target("author/admin/"));
        assertEquals(Optional.of("/posts/happy-new-year-2021"), target("happy-new-year-2021/"));
        assertEquals(Optional.of("/posts/happy-new-year-2021/comments/feed.xml"), target("happy-new-year-2021/feed/"));
    }

    @Test
    void the_sites_own_paths_and_unknown_old_paths_go_their_own_way() {
        assertEquals(Optional.empty(), target("posts/happy-new-year-2021"));
        assertEquals(Optional.empty(), target("search"));
        assertEquals(Optional.empty(), target("cities/graz"));
        assertEquals(Optional.empty(), target("2021/01/04/no-such-post/"));
        assertEquals(Optional.empty(), target("no-such-post/"));
        assertEquals(Optional.empty(), target("wp-admin/"));
        assertEquals(Optional.empty(), target("feed.xml"));
    }
}
