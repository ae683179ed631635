package org.hrcities.platform.domain.topic;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.Text;

/**
 * What posts are about, beyond the partner cities they name: "Housing", "Refugees", "Annual
 * conference". A post may have several topics; each topic has its own page and feed listing its
 * posts. WordPress's categories and tags both become topics.
 */
public final class Topic {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_BYTES = 2_000;

    private final TopicId id;
    private Slug slug;
    private String name;
    private String description;
    private final long version;

    private Topic(TopicId id, Slug slug, String name, String description, long version) {
        this.id = Objects.requireNonNull(id, "id");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
        describe(slug, name, description);
    }

    /** A new topic; without a slug, the slug is derived from the name. */
    public static Topic create(TopicId id, Slug slugOrNull, String name, String description) {
        String checkedName = Text.requireSingleLine("name", name, MAX_NAME_LENGTH);
        return new Topic(id, slugOrNull != null ? slugOrNull : Slug.fromTitle(checkedName), checkedName, description, 0);
    }

    /** Rebuilds a stored topic exactly as it was saved; used by storage adapters. */
    public static Topic reconstitute(TopicId id, Slug slug, String name, String description, long version) {
        return new Topic(id, slug, name, description, version);
    }

    /** Replaces the topic's address, name and description. */
    public void describe(Slug newSlug, String newName, String newDescription) {
        String checkedName = Text.requireSingleLine("name", newName, MAX_NAME_LENGTH);
        String checkedDescription = Text.optionalMultiLine("description", newDescription, MAX_DESCRIPTION_BYTES);
        this.slug = Objects.requireNonNull(newSlug, "slug");
        this.name = checkedName;
        this.description = checkedDescription;
    }

    public TopicId id() {
        return id;
    }

    public Slug slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    /** What the topic covers, in Markdown; empty when none was given. */
    public String description() {
        return description;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topic topic && topic.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Topic[" + id + ", " + slug + "]";
    }
}
