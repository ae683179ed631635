package org.hrcities.platform.domain.page;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;

/**
 * A page of the site that is not news: "About the network", "Privacy policy". Unlike a post it has
 * no date, no author and no comments. A published page may stand in the site's navigation menu, at
 * a position (smaller first); named {@code SitePage} because {@code Page} is a page of results.
 *
 * <p>A page is written in one language. Its translation is a page of its own, with its own slug,
 * status and menu position, in the same <em>translation group</em>: the group is named by the id of
 * the page first written, and a group holds at most one page per language.
 */
public final class SitePage {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_BYTES = 200_000;

    private final SitePageId id;
    private final Language language;
    private final SitePageId translationGroup;
    private Slug slug;
    private String title;
    private String body;
    private SitePageStatus status;
    private Integer menuPosition;
    private Instant updatedAt;
    private final long version;

    private SitePage(SitePageId id, Language language, SitePageId translationOf, Slug slug, String title, String body,
                     SitePageStatus status, Integer menuPosition, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.language = Objects.requireNonNull(language, "language");
        this.translationGroup = translationOf != null ? translationOf : id;
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.menuPosition = checkedPosition(menuPosition);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        write(slug, title, body);
    }

    /**
     * A new draft in {@code language}, in no menu and in a translation group of its own; without a
     * slug, the slug is derived from the title.
     */
    public static SitePage create(SitePageId id, Language language, Slug slugOrNull, String title, String body,
                                  Instant createdAt) {
        return draft(id, language, null, slugOrNull, title, body, createdAt);
    }

    /**
     * A page brought in from another system (a WordPress export), in whatever status it had there;
     * {@code translationOf} names the page it translates, or is null for a page of its own.
     */
    public static SitePage migrated(SitePageId id, Language language, SitePageId translationOf, Slug slug, String title,
                                    String body, SitePageStatus status, Integer menuPosition, Instant importedAt) {
        return new SitePage(id, language, translationOf, slug, title, body, status, menuPosition, importedAt, 0);
    }

    /**
     * Rebuilds a stored page exactly as it was saved; used by storage adapters. {@code translationOf}
     * is null (or the page's own id) for a page that is not a translation.
     */
    public static SitePage reconstitute(SitePageId id, Language language, SitePageId translationOf, Slug slug,
                                        String title, String body, SitePageStatus status, Integer menuPosition,
                                        Instant updatedAt, long version) {
        return new SitePage(id, language, translationOf, slug, title, body, status, menuPosition, updatedAt, version);
    }

    /**
     * A translation of this page into {@code language}: a new draft, in no menu, in this page's
     * translation group. Without a slug, the slug is derived from the title. Whether the group has a
     * page in that language already is for the caller (or the storage) to check.
     *
     * @throws InvalidValueException ({@code language}) if the page is written in that language
     */
    public SitePage translate(SitePageId newId, Language language, Slug slugOrNull, String title, String body,
                              Instant createdAt) {
        Objects.requireNonNull(language, "language");
        if (language.equals(this.language)) {
            throw new InvalidValueException("language", "the page is written in " + language.code()
                    + " already; a translation is in another language");
        }
        return draft(newId, language, translationGroup, slugOrNull, title, body, createdAt);
    }

    private static SitePage draft(SitePageId id, Language language, SitePageId translationOf, Slug slugOrNull,
                                  String title, String body, Instant createdAt) {
        String checkedTitle = Text.requireSingleLine("title", title, MAX_TITLE_LENGTH);
        Slug slug = slugOrNull != null ? slugOrNull : Slug.fromTitle(checkedTitle);
        return new SitePage(id, language, translationOf, slug, checkedTitle, body, SitePageStatus.DRAFT, null,
                createdAt, 0);
    }

    /** An editor replaces the page's address, title and body, at {@code now}. */
    public void edit(Slug newSlug, String newTitle, String newBody, Instant now) {
        write(newSlug, newTitle, newBody);
        touch(now);
    }

    /** Puts the page on the site; publishing a published page changes nothing. */
    public void publish(Instant now) {
        if (status != SitePageStatus.PUBLISHED) {
            status = SitePageStatus.PUBLISHED;
            touch(now);
        }
    }

    /** Takes the page off the site (it keeps its menu position for when it comes back). */
    public void unpublish(Instant now) {
        if (status != SitePageStatus.DRAFT) {
            status = SitePageStatus.DRAFT;
            touch(now);
        }
    }

    /** Shows the page in the navigation menu at {@code position} (0 first) while it is published. */
    public void placeInMenu(int position, Instant now) {
        menuPosition = checkedPosition(position);
        touch(now);
    }

    public void removeFromMenu(Instant now) {
        if (menuPosition != null) {
            menuPosition = null;
            touch(now);
        }
    }

    private void write(Slug newSlug, String newTitle, String newBody) {
        String checkedTitle = Text.requireSingleLine("title", newTitle, MAX_TITLE_LENGTH);
        String checkedBody = Text.optionalMultiLine("body", newBody, MAX_BODY_BYTES);
        this.slug = Objects.requireNonNull(newSlug, "slug");
        this.title = checkedTitle;
        this.body = checkedBody;
    }

    private void touch(Instant now) {
        updatedAt = Objects.requireNonNull(now, "now");
    }

    private static Integer checkedPosition(Integer position) {
        if (position != null && position < 0) {
            throw new InvalidValueException("menuPosition", "menuPosition must be 0 or more");
        }
        return position;
    }

    public SitePageId id() {
        return id;
    }

    /** The language the page is written in. */
    public Language language() {
        return language;
    }

    /** The page this one translates (the first page of its group), or empty when it is not a translation. */
    public Optional<SitePageId> translationOf() {
        return translationGroup.equals(id) ? Optional.empty() : Optional.of(translationGroup);
    }

    /**
     * The group of the page and its translations, named by the id of the page first written: the
     * page {@linkplain #translationOf() it translates}, or its own id.
     */
    public SitePageId translationGroup() {
        return translationGroup;
    }

    public Slug slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The page's text in Markdown; empty when there is none yet. */
    public String body() {
        return body;
    }

    public SitePageStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == SitePageStatus.PUBLISHED;
    }

    /** Where the page stands in the navigation menu (smaller first), or empty when it is not in it. */
    public Optional<Integer> menuPosition() {
        return Optional.ofNullable(menuPosition);
    }

    /** Whether visitors see the page in the navigation menu: published and given a position. */
    public boolean isInMenu() {
        return isPublished() && menuPosition != null;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SitePage page && page.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SitePage[" + id + ", " + language + ", " + slug + ", " + status + "]";
    }
}
