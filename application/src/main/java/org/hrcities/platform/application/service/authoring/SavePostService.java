package org.hrcities.platform.application.service.authoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Saves what an editor wrote into a post and takes the step they asked for after saving, in one
 * transaction: the post is written once, already published, scheduled or withdrawn, filed under the
 * topics the editor named by their slugs, and a slug taken over from another post's former slugs is
 * released in the same transaction. Slugs are unique within a language: a new post is written in the
 * language the editor chose among the site's (its default when none), and keeps it. A refusal of
 * any part (a stale version, a taken slug, a post that cannot be published) leaves everything as it was.
 */
public class SavePostService implements SavePostUseCase, TranslatePostUseCase {

    /** How many numbered variants of a derived slug ({@code title-2} ...) are tried before giving up. */
    static final int MAX_DERIVED_SLUG_ATTEMPTS = 100;

    private final PostRepository posts;
    private final PartnerCityRepository cities;
    private final TopicRepository topics;
    private final MediaRepository media;
    private final EditablePosts editable;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final SiteLanguages languages;

    public SavePostService(PostRepository posts, PartnerCityRepository cities, TopicRepository topics,
                           MediaRepository media, TransactionPort transactions, ClockPort clock,
                           SiteLanguages languages) {
        this.languages = Objects.requireNonNull(languages);
        this.posts = Objects.requireNonNull(posts);
        this.cities = Objects.requireNonNull(cities);
        this.topics = Objects.requireNonNull(topics);
        this.media = Objects.requireNonNull(media);
        this.editable = new EditablePosts(posts, cities, topics, media);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PostForEditing savePost(SavePostCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Post post = command.isNew() ? draft(languageOf(command), command.post(), now) : edited(command, now);
            switch (command.then()) {
                case AfterSaving.KeepStatus keep -> {
                }
                case AfterSaving.PublishNow publish -> post.publish(now);
                case AfterSaving.ScheduleAt schedule -> post.schedule(schedule.publishAt(), now);
                case AfterSaving.Unpublish unpublish -> post.unpublish(now);
            }
            posts.save(post);
            return editable.reload(post.id());
        });
    }

    /**
     * Starts a translation as a draft of the original's group, in one transaction. The original's cities,
     * topics, image and comments setting go with it; what the editor wrote gives its text, slug and author.
     */
    @Override
    public PostForEditing translatePost(TranslatePostCommand command) {
        Language language = languages.require(command.language());
        return transactions.inTransaction(() -> {
            Post original = editable.load(command.original());
            if (original.language().equals(language)) {
                throw new InvalidValueException("language", "the post is already written in " + language.code()
                        + "; a translation is in another language");
            }
            if (posts.findTranslations(original.translationGroup()).stream()
                    .anyMatch(member -> member.language().equals(language))) {
                throw new TranslationAlreadyExistsException(original.translationGroup(), language);
            }
            PostInput input = command.post();
            PostId id = PostId.generate();
            Slug slug = input.slugOrNull() != null ? input.slugOrNull() : freeSlugFor(language, input.title());
            claimSlug(id, language, slug);
            Post translation = original.translate(id, language, slug, input.content(), input.authorName(),
                    clock.now());
            posts.save(translation);
            return editable.reload(id);
        });
    }

    /** The language of a new post: the one the editor chose, if the site is written in it, or the default. */
    private Language languageOf(SavePostCommand command) {
        return command.languageOrNull() == null ? languages.defaultLanguage() : languages.require(command.languageOrNull());
    }

    private Post draft(Language language, PostInput input, Instant now) {
        requireKnownCities(input.partnerCities());
        List<TopicId> filedUnder = topicsNamed(input.topics());
        PostId id = PostId.generate();
        Slug slug = input.slugOrNull() != null ? input.slugOrNull() : freeSlugFor(language, input.title());
        claimSlug(id, language, slug);
        Post post = Post.draft(id, language, slug, input.content(), input.authorName(), input.partnerCities(), input.commentsOpen(),
                now);
        post.fileUnder(filedUnder);
        post.feature(knownImage(input.featuredImage()));
        return post;
    }

    private Post edited(SavePostCommand command, Instant now) {
        PostInput input = command.post();
        Post post = editable.loadAt(command.id(), command.expectedVersion());
        if (command.languageOrNull() != null && !command.languageOrNull().equals(post.language())) {
            throw new InvalidValueException("language", "a post keeps its language (" + post.language().code()
                    + "); write it in another language as a translation");
        }
        requireKnownCities(input.partnerCities());
        List<TopicId> filedUnder = topicsNamed(input.topics());
        Slug slug = input.slugOrNull() != null ? input.slugOrNull() : post.slug();
        if (!slug.equals(post.slug())) {
            claimSlug(post.id(), post.language(), slug);
        }
        post.edit(input.content(), slug, input.authorName(), input.partnerCities(), input.commentsOpen(), now);
        post.fileUnder(filedUnder);
        post.feature(knownImage(input.featuredImage()));
        return post;
    }

    /** The ids of the topics with these slugs, in their order; refused when one names no topic. */
    private List<TopicId> topicsNamed(List<Slug> slugs) {
        List<TopicId> ids = new ArrayList<>();
        for (Slug slug : slugs) {
            Topic topic = topics.findBySlug(slug).orElseThrow(() -> new InvalidValueException("topics",
                    "no topic has the slug \"" + slug + "\""));
            ids.add(topic.id());
        }
        return ids;
    }

    /** The featured image, refused when it names no kept media file; null stays null. */
    private FeaturedImage knownImage(FeaturedImage image) {
        if (image != null && media.findById(image.media()).isEmpty()) {
            throw new InvalidValueException("featuredImage", "no media file has the id " + image.media());
        }
        return image;
    }

    private void requireKnownCities(List<PartnerCityId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<PartnerCityId> known = new HashSet<>(cities.findAllById(ids).stream().map(PartnerCity::id).toList());
        for (PartnerCityId id : ids) {
            if (!known.contains(id)) {
                throw new InvalidValueException("partnerCities", "no partner city has the id " + id);
            }
        }
    }

    /**
     * Lets the post with {@code id} answer at {@code slug} in {@code language}: refused when it is another
     * post's slug there; when it is another post's former slug there, the new owner wins and that redirect goes.
     */
    private void claimSlug(PostId id, Language language, Slug slug) {
        if (posts.findBySlug(language, slug).filter(owner -> !owner.id().equals(id)).isPresent()) {
            throw new SlugAlreadyTakenException("post", slug);
        }
        posts.findByFormerSlug(language, slug).filter(owner -> !owner.id().equals(id)).ifPresent(formerOwner -> {
            formerOwner.dropFormerSlug(slug);
            posts.save(formerOwner);
        });
    }

    /** The slug derived from the title, numbered ({@code -2}, {@code -3} ...) past slugs in use, current or former. */
    private Slug freeSlugFor(Language language, String title) {
        Slug base = Slug.fromTitle(title);
        for (int n = 1; n <= MAX_DERIVED_SLUG_ATTEMPTS; n++) {
            Slug candidate = n == 1 ? base : new Slug(base.value() + "-" + n);
            if (posts.findBySlug(language, candidate).isEmpty() && posts.findByFormerSlug(language, candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new SlugAlreadyTakenException("post", base);
    }
}
