package org.hrcities.platform.application.service.migration;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.application.port.in.migration.ExportItems;
import org.hrcities.platform.application.port.in.migration.ExportedAttachment;
import org.hrcities.platform.application.port.in.migration.ExportedAuthor;
import org.hrcities.platform.application.port.in.migration.ExportedComment;
import org.hrcities.platform.application.port.in.migration.ExportedPost;
import org.hrcities.platform.application.port.in.migration.ExportedTopic;
import org.hrcities.platform.application.port.in.migration.ImportReport;
import org.hrcities.platform.application.port.in.migration.ImportSiteCommand;
import org.hrcities.platform.application.port.in.migration.ImportSiteUseCase;
import org.hrcities.platform.application.port.out.AccountRepository;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.ImportLedgerPort;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Entry;
import org.hrcities.platform.application.port.out.ImportLedgerPort.Kind;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.service.media.MediaKeeping;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PasswordHashingPort;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.migration.ImportTally.Outcome;
import org.hrcities.platform.domain.account.Account;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.PasswordHash;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.post.PostContent;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.DomainException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Imports an exported site item by item: each topic in a transaction of its own, posts with their
 * comments in groups of up to {@link #POSTS_PER_TRANSACTION} (when one of a group fails, each of its
 * posts is stored alone, so that only the failing one is skipped). What an earlier import brought in
 * is found in the {@link ImportLedgerPort}
 * by the item's id on the exported site, and left alone when the export says the same about it as
 * then (compared by a SHA-256 fingerprint of what it says), or replaced by what it says now. The files
 * that come with an export (attachments) are kept as media files, each in a transaction of its own with
 * its ledger entries (by its id there, and by its path in the uploads for the addresses of the file),
 * before the posts that name one as their featured image.
 */
public final class ImportSiteService implements ImportSiteUseCase {

    static final String TOPICS = "topics";
    static final String CITY_TOPICS = "topics mapped to partner cities";
    static final String POSTS = "posts";
    static final String PAGES = "pages";
    static final String COMMENTS = "comments";
    static final String PINGBACKS = "pingbacks and trackbacks";
    static final String STAFF = "staff accounts";
    static final String ATTACHMENTS = "attachments";
    /** Comments without an address (the exported site did not ask for one) get this one, which no mail reaches (RFC 2606). */
    static final EmailAddress NO_ADDRESS = new EmailAddress("no-address@commenter.invalid");
    static final String UNKNOWN_AUTHOR = "Unknown author";
    /**
     * Posts stored by one transaction at most: a commit per post took about a third of an import's time
     * on H2; a failing post undoes its group, whose posts are then stored one by one.
     */
    static final int POSTS_PER_TRANSACTION = 20;
    static final String ANONYMOUS = "Anonymous";

    private final PostRepository posts;
    private final CommentRepository comments;
    private final TopicRepository topics;
    private final SitePageRepository pages;
    /** Pages come in in the site's default language. */
    private final SiteLanguages languages;
    private final MediaRepository media;
    private final MediaKeeping keeping;
    private final ImportLedgerPort ledger;
    private final AccountRepository accounts;
    private final PasswordHashingPort passwords;
    private final TransactionPort transactions;
    private final ClockPort clock;

    /** The language of the posts brought in: the site's default. */
    private final Language language;

    public ImportSiteService(PostRepository posts, CommentRepository comments, TopicRepository topics,
                             SitePageRepository pages, MediaRepository media, MediaContentPort mediaContent,
                             ImportLedgerPort ledger, AccountRepository accounts, PasswordHashingPort passwords,
                             TransactionPort transactions, ClockPort clock, SiteLanguages languages) {
        this.language = languages.defaultLanguage();
        this.posts = Objects.requireNonNull(posts);
        this.languages = Objects.requireNonNull(languages);
        this.pages = Objects.requireNonNull(pages);
        this.media = Objects.requireNonNull(media);
        this.keeping = new MediaKeeping(media, Objects.requireNonNull(mediaContent));
        this.comments = Objects.requireNonNull(comments);
        this.topics = Objects.requireNonNull(topics);
        this.ledger = Objects.requireNonNull(ledger);
        this.accounts = Objects.requireNonNull(accounts);
        this.passwords = Objects.requireNonNull(passwords);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportReport importSite(ImportSiteCommand command) {
        Run run = new Run(command);
        try {
            command.export().readInto(run);
        } finally {
            run.storeWaitingPosts();
        }
        return run.report();
    }

    /** One import's state: the site it reads, what its topics and authors became, and its tally. */
    private final class Run implements ExportItems {

        private final ImportSiteCommand command;
        private final ImportTally tally = new ImportTally();
        private final Map<String, String> authorNames = new HashMap<>();
        private final Map<String, TopicId> topicsByKey = new HashMap<>();
        /** What the attachments handed over became, by their id there, with the text that describes each (may be empty). */
        private final Map<String, KeptImage> imagesBySourceId = new HashMap<>();
        /** Posts read and not yet stored: stored together, up to {@link #POSTS_PER_TRANSACTION}. */
        private List<ExportedPost> waiting = new ArrayList<>();
        private String source;

        Run(ImportSiteCommand command) {
            this.command = command;
        }

        ImportReport report() {
            return tally.report(source);
        }

        @Override
        public void site(String address, String title) {
            String trimmed = address == null ? "" : address.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            source = trimmed.isEmpty() ? "unknown site" : trimmed;
            if (source.length() > Entry.MAX_SOURCE_LENGTH) {
                source = source.substring(0, Entry.MAX_SOURCE_LENGTH);
            }
        }

        @Override
        public void author(ExportedAuthor author) {
            String name = author.displayName() == null || author.displayName().isBlank() ? author.login()
                    : author.displayName().strip();
            if (author.login() != null && name != null && !name.isBlank()) {
                authorNames.put(author.login(), name.length() > Post.MAX_AUTHOR_LENGTH
                        ? name.substring(0, Post.MAX_AUTHOR_LENGTH).strip() : name);
            }
            if (command.openStaffAccounts()) {
                openStaffAccount(author, name);
            }
        }

        /**
         * A disabled editor's account for the author, unless an account has the author's address (or
         * the author has none): an administrator enables it and gives it a password. Until then its
         * password is a random one nobody knows.
         */
        private void openStaffAccount(ExportedAuthor author, String name) {
            String item = "author " + author.login();
            EmailAddress email;
            try {
                email = EmailAddress.parse(author.email());
            } catch (DomainException e) {
                tally.skip(STAFF, item, "has no valid email address; no account was opened");
                return;
            }
            try {
                PasswordHash unknown = passwords.hash(new Password(randomPassword()));
                Outcome outcome = transactions.inTransaction(() -> {
                    if (accounts.findByEmail(email).isPresent()) {
                        return Outcome.UNCHANGED;
                    }
                    Account account = Account.open(AccountId.generate(), email,
                            name == null || name.isBlank() ? author.login() : name, Role.EDITOR, unknown, clock.now());
                    account.disable();
                    accounts.save(account);
                    return Outcome.CREATED;
                });
                tally.count(STAFF, outcome);
                if (outcome == Outcome.CREATED) {
                    tally.problem(item, "has a disabled editor's account: an administrator enables it and sets its password");
                }
            } catch (DomainException | IllegalArgumentException e) {
                tally.skip(STAFF, item, e.getMessage());
            }
        }

        @Override
        public void topic(ExportedTopic exported) {
            requireSite();
            PartnerCityId city = command.partnerCitiesByTopic().get(exported.key());
            if (city != null) {
                String fingerprint = fingerprint(city.toString());
                transactions.inTransaction(() -> ledger.record(new Entry(source, Kind.PARTNER_CITY, exported.key(),
                        city.value(), fingerprint)));
                tally.count(CITY_TOPICS, Outcome.UNCHANGED);
                progress();
                return;
            }
            String item = "topic " + exported.key();
            String fingerprint = fingerprint(exported.slug(), exported.name(), exported.description());
            try {
                ImportTally mine = new ImportTally();
                TopicId id = transactions.inTransaction(() -> importTopic(exported, fingerprint, mine));
                topicsByKey.put(exported.key(), id);
                tally.add(mine);
            } catch (DomainException | IllegalArgumentException e) {
                tally.skip(TOPICS, item, e.getMessage());
            }
            progress();
        }

        private TopicId importTopic(ExportedTopic exported, String fingerprint, ImportTally mine) {
            Optional<Entry> earlier = ledger.find(source, Kind.TOPIC, exported.key());
            Optional<Topic> stored = earlier.flatMap(entry -> topics.findById(new TopicId(entry.targetId())));
            if (stored.isPresent()) {
                Topic topic = stored.get();
                if (earlier.get().fingerprint().equals(fingerprint)) {
                    mine.count(TOPICS, Outcome.UNCHANGED);
                } else {
                    topic.describe(topic.slug(), exported.name(), exported.description());
                    topics.save(topic);
                    ledger.record(new Entry(source, Kind.TOPIC, exported.key(), topic.id().value(), fingerprint));
                    mine.count(TOPICS, Outcome.UPDATED);
                }
                return topic.id();
            }
            Slug slug = Slugs.of(exported.slug(), exported.name(), "topic");
            Optional<Topic> sameSlug = topics.findBySlug(slug);
            Topic topic;
            if (sameSlug.isPresent()) {
                topic = sameSlug.get();
                mine.count(TOPICS, Outcome.UNCHANGED);
            } else {
                topic = Topic.create(TopicId.generate(), slug, exported.name(), exported.description());
                topics.save(topic);
                mine.count(TOPICS, Outcome.CREATED);
            }
            ledger.record(new Entry(source, Kind.TOPIC, exported.key(), topic.id().value(), fingerprint));
            return topic.id();
        }

        @Override
        public Optional<MediaFile> attachment(ExportedAttachment exported) {
            requireSite();
            String item = "attachment " + exported.sourceId() + " (" + exported.path() + ")";
            String alt = singleLine(exported.altText(), MediaFile.MAX_ALT_LENGTH);
            String fingerprint = fingerprint("MEDIA", exported.path(), alt);
            Optional<MediaFile> kept;
            try {
                ImportTally mine = new ImportTally();
                kept = Optional.ofNullable(transactions.inTransaction(
                        () -> importAttachment(exported, alt, fingerprint, item, mine)));
                tally.add(mine);
            } catch (DomainException | IllegalArgumentException | UncheckedIOException e) {
                tally.skip(ATTACHMENTS, item, e.getMessage());
                kept = Optional.empty();
            }
            kept.ifPresent(file -> imagesBySourceId.put(exported.sourceId(), new KeptImage(file.id(),
                    alt.isEmpty() ? singleLine(exported.title(), MediaFile.MAX_ALT_LENGTH) : alt)));
            progress();
            return kept;
        }

        /**
         * The media file the attachment is kept as: found in the ledger when an earlier import brought it
         * in, or found by its bytes when the same image is kept already, or stored now (its bytes last).
         * Null when it was deleted here after an earlier import.
         */
        private MediaFile importAttachment(ExportedAttachment exported, String alt, String fingerprint, String item,
                                           ImportTally mine) {
            Optional<Entry> earlier = ledger.find(source, Kind.MEDIA, exported.sourceId());
            if (earlier.isPresent()) {
                Optional<MediaFile> stored = media.findById(new MediaId(earlier.get().targetId()));
                if (stored.isEmpty()) {
                    mine.skip(ATTACHMENTS, item, "deleted here after an earlier import brought it in; not brought in again");
                    return null;
                }
                MediaFile file = stored.get();
                if (earlier.get().fingerprint().equals(fingerprint)) {
                    mine.count(ATTACHMENTS, Outcome.UNCHANGED);
                    return file;
                }
                if (!alt.isEmpty() && !alt.equals(file.altText())) {
                    file.describe(alt);
                    media.save(file);
                }
                recordAttachment(exported, file.id(), fingerprint);
                mine.count(ATTACHMENTS, Outcome.UPDATED);
                return file;
            }
            UploadMediaCommand upload = new UploadMediaCommand(exported.path(), exported.content().read(), alt);
            MediaFile candidate = MediaFile.upload(MediaId.generate(), upload.originalName(), upload.bytes(),
                    upload.altText(), clock.now());
            UploadedMedia kept = keeping.keep(candidate, upload.bytes(),
                    file -> recordAttachment(exported, file.id(), fingerprint));
            mine.count(ATTACHMENTS, kept.keptBefore() ? Outcome.UNCHANGED : Outcome.CREATED);
            return kept.file();
        }

        /** The ledger's entries of an attachment: by its id there, and by its path in the uploads. */
        private void recordAttachment(ExportedAttachment exported, MediaId id, String fingerprint) {
            ledger.record(new Entry(source, Kind.MEDIA, exported.sourceId(), id.value(), fingerprint));
            UploadsPaths.ledgerKey(exported.path())
                    .ifPresent(key -> ledger.record(new Entry(source, Kind.MEDIA, key, id.value(), fingerprint)));
        }

        /**
         * The post's featured image: the attachment it names, as this import or an earlier one kept it,
         * described by the attachment's alt text, else its title, else the post's title. Null when it
         * names none, or one that was not kept (the report says so).
         */
        private FeaturedImage featuredImageOf(ExportedPost exported, String title, String item, ImportTally mine) {
            String id = exported.featuredImageId();
            if (id == null || id.isBlank() || id.equals("0")) {
                return null;
            }
            KeptImage image = imagesBySourceId.get(id);
            if (image == null) {
                image = ledger.find(source, Kind.MEDIA, id).flatMap(entry -> media.findById(new MediaId(entry.targetId())))
                        .map(file -> new KeptImage(file.id(), file.altText())).orElse(null);
            }
            if (image == null) {
                mine.problem(item, "its featured image (attachment " + id + ") was not imported; it has none here");
                return null;
            }
            String alt = !image.altText().isEmpty() ? image.altText() : singleLine(title, MediaFile.MAX_ALT_LENGTH);
            return new FeaturedImage(image.id(), alt.isEmpty() ? "Image" : alt);
        }

        @Override
        public void post(ExportedPost exported) {
            requireSite();
            String kind = exported.kind() == ExportedPost.Kind.PAGE ? PAGES : POSTS;
            String item = itemOf(exported);
            if (exported.state() == ExportedPost.State.TRASHED) {
                tally.skip(kind, item, "in the trash on the exported site");
            } else if (exported.kind() == ExportedPost.Kind.PAGE) {
                storePage(exported, item);
            } else {
                waiting.add(exported);
                if (waiting.size() >= POSTS_PER_TRANSACTION) {
                    storeWaitingPosts();
                }
                return;
            }
            progress();
        }

        /**
         * Stores the posts waiting, with their comments, in one transaction. When one of them cannot be
         * stored, that transaction is undone and each is stored in a transaction of its own, so that only
         * the one that fails is skipped.
         */
        void storeWaitingPosts() {
            List<ExportedPost> group = waiting;
            waiting = new ArrayList<>();
            if (group.isEmpty()) {
                return;
            }
            List<ImportTally> tallies = new ArrayList<>();
            try {
                transactions.inTransaction(() -> {
                    tallies.clear();
                    for (ExportedPost exported : group) {
                        ImportTally mine = new ImportTally();
                        importPost(exported, itemOf(exported), mine);
                        tallies.add(mine);
                    }
                });
                tallies.forEach(tally::add);
            } catch (DomainException | IllegalArgumentException e) {
                group.forEach(this::storeAlone);
            }
            progress();
        }

        private void storeAlone(ExportedPost exported) {
            String item = itemOf(exported);
            try {
                ImportTally mine = new ImportTally();
                transactions.inTransaction(() -> importPost(exported, item, mine));
                tally.add(mine);
            } catch (DomainException | IllegalArgumentException e) {
                tally.skip(POSTS, item, e.getMessage());
                exported.comments().forEach(comment -> tally.count(COMMENTS, Outcome.SKIPPED));
            }
        }

        /**
         * A page in a transaction of its own: published when it was published there (a draft otherwise,
         * and the report says so), with its slug and body; its comments are not brought in (pages here
         * take none). A later export replaces what an earlier one brought in, as for posts.
         */
        private void storePage(ExportedPost exported, String item) {
            ImportTally mine = new ImportTally();
            try {
                transactions.inTransaction(() -> importPage(exported, item, mine));
                tally.add(mine);
            } catch (DomainException | IllegalArgumentException e) {
                tally.skip(PAGES, item, e.getMessage());
            }
            exported.comments().forEach(comment -> tally.count(COMMENTS, Outcome.SKIPPED));
        }

        private void importPage(ExportedPost exported, String item, ImportTally mine) {
            String title = titleOf(exported, SitePage.MAX_TITLE_LENGTH, item, mine);
            SitePageStatus status = exported.state() == ExportedPost.State.PUBLISHED && !exported.body().isBlank()
                    ? SitePageStatus.PUBLISHED : SitePageStatus.DRAFT;
            if (status == SitePageStatus.DRAFT && exported.state() != ExportedPost.State.DRAFT) {
                mine.problem(item, "was " + exported.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " there; it is a draft here");
            }
            String fingerprint = fingerprint("PAGE", exported.state().name(), title, exported.slug(), exported.body());
            Optional<Entry> earlier = ledger.find(source, Kind.PAGE, exported.sourceId());
            Optional<SitePage> stored = earlier.flatMap(entry -> pages.findById(new SitePageId(entry.targetId())));
            if (earlier.isPresent() && stored.isEmpty()) {
                mine.skip(PAGES, item, "deleted here after an earlier import brought it in; not brought in again");
                return;
            }
            if (stored.isPresent() && earlier.get().fingerprint().equals(fingerprint)) {
                mine.count(PAGES, Outcome.UNCHANGED);
                return;
            }
            Slug wanted = Slugs.of(exported.slug(), title, "page-" + exported.sourceId());
            SitePageId self = stored.map(SitePage::id).orElse(null);
            Language language = stored.map(SitePage::language).orElse(languages.defaultLanguage());
            Slug slug = freeSlug(wanted, "page", candidate -> pages.findBySlug(language, candidate)
                    .filter(other -> !other.id().equals(self)).isPresent(), item, mine);
            SitePage page;
            if (stored.isPresent()) {
                SitePage before = stored.get();
                page = SitePage.reconstitute(before.id(), before.language(), before.translationOf().orElse(null), slug, title, exported.body(), status,
                        before.menuPosition().orElse(null), clock.now(), before.version());
                pages.save(page);
                ledger.record(new Entry(source, Kind.PAGE, exported.sourceId(), page.id().value(), fingerprint));
                mine.count(PAGES, Outcome.UPDATED);
            } else {
                page = SitePage.migrated(SitePageId.generate(), language, null, slug, title, exported.body(), status, null,
                        clock.now());
                pages.save(page);
                ledger.add(new Entry(source, Kind.PAGE, exported.sourceId(), page.id().value(), fingerprint));
                mine.count(PAGES, Outcome.CREATED);
            }
            exported.notes().forEach(note -> mine.problem(item, note));
        }

        private static String itemOf(ExportedPost exported) {
            return (exported.kind() == ExportedPost.Kind.PAGE ? "page " : "post ") + exported.sourceId()
                    + " \"" + exported.title() + "\"";
        }

        @Override
        public void passOver(String kind, String what, String why) {
            tally.skip(kind, what, why);
        }

        private void importPost(ExportedPost exported, String item, ImportTally mine) {
            Post wanted = postAsExported(exported, item, mine);
            List<String> said = new ArrayList<>(List.of(exported.kind().name(), exported.state().name(),
                    String.valueOf(exported.title()), String.valueOf(exported.slug()), String.join(",", exported.formerSlugs()),
                    String.valueOf(exported.body()), String.valueOf(exported.excerpt()), authorOf(exported),
                    String.valueOf(exported.publishedAt()), String.join(",", exported.topicKeys()),
                    String.valueOf(exported.commentsOpen()), String.valueOf(command.partnerCitiesByTopic())));
            // only a post with a featured image says more, so that posts imported before keep their fingerprints
            wanted.featuredImage().ifPresent(image -> said.addAll(List.of(image.media().toString(), image.altText())));
            String fingerprint = fingerprint(said.toArray(String[]::new));
            Optional<Entry> earlier = ledger.find(source, Kind.POST, exported.sourceId());
            Post post;
            if (earlier.isEmpty()) {
                post = withFreeSlugs(wanted, item, mine);
                posts.save(post);
                ledger.add(new Entry(source, Kind.POST, exported.sourceId(), post.id().value(), fingerprint));
                mine.count(POSTS, Outcome.CREATED);
            } else {
                Optional<Post> stored = posts.findById(new PostId(earlier.get().targetId()));
                if (stored.isEmpty()) {
                    mine.skip(POSTS, item, "deleted here after an earlier import brought it in; not brought in again");
                    exported.comments().forEach(comment -> mine.count(COMMENTS, Outcome.SKIPPED));
                    return;
                }
                if (earlier.get().fingerprint().equals(fingerprint)) {
                    post = stored.get();
                    mine.count(POSTS, Outcome.UNCHANGED);
                } else {
                    post = replaced(stored.get(), wanted, item, mine);
                    posts.save(post);
                    ledger.record(new Entry(source, Kind.POST, exported.sourceId(), post.id().value(), fingerprint));
                    mine.count(POSTS, Outcome.UPDATED);
                }
            }
            if (earlier.isEmpty() || !earlier.get().fingerprint().equals(fingerprint)) {
                exported.notes().forEach(note -> mine.problem(item, note));
            }
            importComments(post, exported, mine);
        }

        /** The post the export describes, as a new post of this platform. */
        private Post postAsExported(ExportedPost exported, String item, ImportTally mine) {
            String title = titleOf(exported, PostContent.MAX_TITLE_LENGTH, item, mine);
            String excerpt = exported.excerpt() == null ? "" : exported.excerpt();
            if (excerpt.getBytes(StandardCharsets.UTF_8).length > PostContent.MAX_EXCERPT_BYTES) {
                excerpt = "";
                mine.problem(item, "excerpt longer than " + PostContent.MAX_EXCERPT_BYTES + " bytes left out");
            }
            PostContent content = new PostContent(title, exported.body(), excerpt);
            PostStatus status = switch (exported.state()) {
                case PUBLISHED -> PostStatus.PUBLISHED;
                case SCHEDULED -> PostStatus.SCHEDULED;
                case DRAFT -> PostStatus.DRAFT;
                case PENDING_REVIEW -> note(mine, item, "was waiting for review; it is a draft here");
                case PRIVATE -> note(mine, item, "was private; it is a draft here, seen by staff only");
                case PASSWORD_PROTECTED -> note(mine, item,
                        "was protected by a password; it is a draft here, seen by staff only");
                case TRASHED -> throw new IllegalStateException("trashed items are not imported");
            };
            Instant publishedAt = exported.publishedAt();
            if (status != PostStatus.DRAFT && (publishedAt == null || !content.hasBody())) {
                mine.problem(item, publishedAt == null ? "has no publication date; it is a draft here"
                        : "has no text; it is a draft here");
                status = PostStatus.DRAFT;
            }
            if (status == PostStatus.DRAFT) {
                publishedAt = null;
            }
            List<PartnerCityId> cities = new ArrayList<>();
            List<TopicId> topicIds = new ArrayList<>();
            for (String key : exported.topicKeys()) {
                PartnerCityId city = command.partnerCitiesByTopic().get(key);
                if (city != null) {
                    cities.add(city);
                } else if (topicsByKey.containsKey(key)) {
                    topicIds.add(topicsByKey.get(key));
                }
            }
            Slug slug = Slugs.of(exported.slug(), title, "post-" + exported.sourceId());
            Set<Slug> formerSlugs = new LinkedHashSet<>();
            for (String former : exported.formerSlugs()) {
                Slugs.valid(former).filter(s -> !s.equals(slug)).ifPresent(formerSlugs::add);
            }
            Post post = Post.migrated(PostId.generate(), language, null, slug, formerSlugs, content, authorOf(exported), status,
                    publishedAt, cities, topicIds, exported.commentsOpen(), clock.now());
            post.feature(featuredImageOf(exported, title, item, mine));
            return post;
        }

        private PostStatus note(ImportTally mine, String item, String message) {
            mine.problem(item, message);
            return PostStatus.DRAFT;
        }

        private String authorOf(ExportedPost exported) {
            String login = exported.authorLogin();
            String name = login == null ? null : authorNames.getOrDefault(login, login);
            return name == null || name.isBlank() ? UNKNOWN_AUTHOR : name;
        }

        /**
         * The new post with a slug no other post has (a number added when taken) and without the
         * former slugs that already lead to another post.
         */
        private Post withFreeSlugs(Post wanted, String item, ImportTally mine) {
            Slug slug = freeSlug(wanted.slug(), null, item, mine);
            List<Slug> formers = freeFormerSlugs(wanted.formerSlugs(), null, slug, item, mine);
            Post post = Post.migrated(wanted.id(), wanted.language(), wanted.translationOf().orElse(null), slug, formers, wanted.content(), wanted.authorName(), wanted.status(),
                    wanted.publishedAt().orElse(null), wanted.partnerCities(), wanted.topics(), wanted.commentsOpen(),
                    wanted.updatedAt());
            post.feature(wanted.featuredImage().orElse(null));
            return post;
        }

        /**
         * The stored post with everything the export now says about it. A slug changed there becomes
         * its slug here, the old one a former slug (when it was published), as an editor's change would.
         */
        private Post replaced(Post stored, Post wanted, String item, ImportTally mine) {
            Slug slug = stored.slug();
            Set<Slug> formers = new LinkedHashSet<>(stored.formerSlugs());
            formers.addAll(wanted.formerSlugs());
            if (!wanted.slug().equals(stored.slug())) {
                slug = freeSlug(wanted.slug(), stored.id(), item, mine);
                if (stored.isPublished()) {
                    formers.add(stored.slug());
                }
            }
            formers.remove(slug);
            List<Slug> freeFormers = freeFormerSlugs(formers, stored.id(), slug, item, mine);
            Post post = Post.reconstitute(stored.id(), stored.language(), stored.translationOf().orElse(null), slug, freeFormers, wanted.content(), wanted.authorName(),
                    wanted.status(), wanted.publishedAt().orElse(null), wanted.partnerCities(), wanted.topics(),
                    wanted.commentsOpen(), clock.now(), stored.version());
            post.feature(wanted.featuredImage().orElse(null));
            return post;
        }

        private Slug freeSlug(Slug wanted, PostId self, String item, ImportTally mine) {
            return freeSlug(wanted, "post", candidate -> takenByAnother(candidate, self), item, mine);
        }

        /** The wanted slug, or the first numbered one ({@code slug-2}...) that is not taken; the report says so. */
        private Slug freeSlug(Slug wanted, String kind, Predicate<Slug> taken, String item, ImportTally mine) {
            Slug slug = wanted;
            for (int n = 2; taken.test(slug); n++) {
                slug = Slugs.numbered(wanted, n);
            }
            if (!slug.equals(wanted)) {
                mine.problem(item, "the slug \"" + wanted + "\" is taken by another " + kind + "; this one is at \""
                        + slug + "\"");
            }
            return slug;
        }

        /** The exported title on one line: "Untitled" when empty, cut to {@code max} characters; the report says so. */
        private String titleOf(ExportedPost exported, int max, String item, ImportTally mine) {
            String title = exported.title() == null ? "" : exported.title().strip().replaceAll("\\s+", " ");
            if (title.isEmpty()) {
                mine.problem(item, "has no title; it is called \"Untitled\" here");
                return "Untitled";
            }
            if (title.length() > max) {
                mine.problem(item, "title cut to " + max + " characters");
                return title.substring(0, max).strip();
            }
            return title;
        }

        private boolean takenByAnother(Slug slug, PostId self) {
            return posts.findBySlug(language, slug).filter(other -> !other.id().equals(self)).isPresent();
        }

        private List<Slug> freeFormerSlugs(Set<Slug> formers, PostId self, Slug current, String item, ImportTally mine) {
            List<Slug> free = new ArrayList<>();
            for (Slug former : formers) {
                if (former.equals(current)) {
                    continue;
                }
                boolean elsewhere = posts.findByFormerSlug(language, former).filter(other -> !other.id().equals(self)).isPresent()
                        || takenByAnother(former, self);
                if (elsewhere) {
                    mine.problem(item, "the former slug \"" + former + "\" already leads to another post; left out");
                } else {
                    free.add(former);
                }
            }
            return free;
        }

        /**
         * The post's comments, parents before their replies (ids grow with time on the exported site).
         * What earlier imports brought in is looked up in one question; a comment the export says the
         * same about as then is not even read.
         */
        private void importComments(Post post, ExportedPost exported, ImportTally mine) {
            List<ExportedComment> ordered = new ArrayList<>(exported.comments());
            ordered.sort(Comparator.comparing((ExportedComment c) -> c.sourceId().length()).thenComparing(ExportedComment::sourceId));
            Map<String, Entry> earlier = ledger.findAll(source, Kind.COMMENT, ordered.stream()
                    .filter(comment -> comment.kind() == ExportedComment.Kind.COMMENT).map(ExportedComment::sourceId).toList());
            CommentThread thread = new CommentThread(post, earlier);
            for (ExportedComment comment : ordered) {
                if (comment.kind() != ExportedComment.Kind.COMMENT) {
                    mine.count(PINGBACKS, Outcome.SKIPPED);
                    continue;
                }
                String item = "comment " + comment.sourceId() + " on post " + exported.sourceId();
                try {
                    importComment(thread, comment, item, mine);
                } catch (DomainException | IllegalArgumentException e) {
                    mine.skip(COMMENTS, item, e.getMessage());
                }
            }
        }

        private void importComment(CommentThread thread, ExportedComment exported, String item, ImportTally mine) {
            String fingerprint = fingerprint(exported.parentSourceId(), exported.state().name(), exported.name(),
                    exported.email(), exported.website(), exported.senderAddress(),
                    String.valueOf(exported.submittedAt()), exported.text());
            ModerationStatus status = switch (exported.state()) {
                case APPROVED -> ModerationStatus.APPROVED;
                case PENDING -> ModerationStatus.PENDING;
                case SPAM -> ModerationStatus.SPAM;
                case TRASH -> ModerationStatus.TRASH;
            };
            Entry earlier = thread.earlier.get(exported.sourceId());
            if (earlier != null) {
                if (earlier.fingerprint().equals(fingerprint)) {
                    mine.count(COMMENTS, Outcome.UNCHANGED);
                    return;
                }
                Optional<Comment> stored = thread.comment(exported.sourceId());
                if (stored.isEmpty()) {
                    mine.skip(COMMENTS, item, "deleted here after an earlier import brought it in; not brought in again");
                    return;
                }
                Comment comment = stored.get();
                Comment changed = Comment.reconstitute(comment.id(), comment.postId(), comment.parentId().orElse(null),
                        comment.depth(), commenterOf(exported, item, mine), textOf(exported), comment.submittedAt(),
                        comment.senderAddress().orElse(null), status, comment.version());
                comments.save(changed);
                thread.made.put(exported.sourceId(), changed);
                ledger.record(new Entry(source, Kind.COMMENT, exported.sourceId(), comment.id().value(), fingerprint));
                mine.count(COMMENTS, Outcome.UPDATED);
                return;
            }
            Comment parent = parentOf(thread, exported, item, mine);
            Comment comment = Comment.migrated(thread.post.id(), CommentId.generate(), commenterOf(exported, item, mine),
                    textOf(exported), parent, senderAddressOf(exported), status, exported.submittedAt() != null
                            ? exported.submittedAt() : thread.post.publishedAt().orElse(clock.now()));
            comments.save(comment);
            thread.made.put(exported.sourceId(), comment);
            ledger.add(new Entry(source, Kind.COMMENT, exported.sourceId(), comment.id().value(), fingerprint));
            mine.count(COMMENTS, Outcome.CREATED);
        }

        /**
         * The comment this one answers, on the same post; in a thread already as deep as threads go here,
         * the deepest comment above it that may still be answered. Null for a comment of its own, and for
         * one whose parent the export does not hold (WordPress leaves spam out of its exports).
         */
        private Comment parentOf(CommentThread thread, ExportedComment exported, String item, ImportTally mine) {
            String parentId = exported.parentSourceId();
            if (parentId == null || parentId.isBlank() || parentId.equals("0")) {
                return null;
            }
            Comment parent = thread.comment(parentId).filter(found -> found.postId().equals(thread.post.id())).orElse(null);
            if (parent == null) {
                mine.problem(item, "answers comment " + parentId
                        + ", which the export does not hold; it stands as a comment of its own");
                return null;
            }
            if (parent.depth() >= Comment.MAX_DEPTH) {
                mine.problem(item, "answers a comment " + Comment.MAX_DEPTH
                        + " replies deep; it is attached to the deepest comment above it that may be answered");
                while (parent.depth() >= Comment.MAX_DEPTH) {
                    UUID above = parent.parentId().orElseThrow().value();
                    parent = comments.findById(new CommentId(above)).orElseThrow();
                }
            }
            return parent;
        }

        /** The comments of one post during its import: what earlier imports made of them, and what this one made. */
        private final class CommentThread {

            private final Post post;
            private final Map<String, Entry> earlier;
            private final Map<String, Comment> made = new HashMap<>();

            CommentThread(Post post, Map<String, Entry> earlier) {
                this.post = post;
                this.earlier = earlier;
            }

            /** The comment the exported comment became: made by this import, or read when an earlier one made it. */
            Optional<Comment> comment(String sourceId) {
                Comment now = made.get(sourceId);
                if (now != null) {
                    return Optional.of(now);
                }
                Entry entry = earlier.get(sourceId);
                if (entry == null) {
                    entry = ledger.find(source, Kind.COMMENT, sourceId).orElse(null);
                }
                Optional<Comment> stored = entry == null ? Optional.empty()
                        : comments.findById(new CommentId(entry.targetId()));
                stored.ifPresent(found -> made.put(sourceId, found));
                return stored;
            }
        }

        private Commenter commenterOf(ExportedComment exported, String item, ImportTally mine) {
            String name = exported.name() == null ? "" : exported.name().strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                name = ANONYMOUS;
            } else if (name.length() > Commenter.MAX_NAME_LENGTH) {
                name = name.substring(0, Commenter.MAX_NAME_LENGTH).strip();
            }
            EmailAddress email;
            try {
                email = EmailAddress.parse(exported.email());
            } catch (DomainException e) {
                email = NO_ADDRESS;
                mine.problem(item, "has no valid email address; it is kept with " + NO_ADDRESS.value()
                        + ", which no mail reaches");
            }
            WebsiteUrl website = null;
            if (exported.website() != null && !exported.website().isBlank()) {
                try {
                    website = WebsiteUrl.parse(exported.website());
                } catch (DomainException e) {
                    mine.problem(item, "its website is not an address this site can link to; left out");
                }
            }
            return new Commenter(name, email, website);
        }

        private CommentText textOf(ExportedComment exported) {
            return new CommentText(exported.text());
        }

        private String senderAddressOf(ExportedComment exported) {
            try {
                String address = exported.senderAddress();
                return address == null || address.isBlank() ? null : Comment.validSenderAddress(address.strip());
            } catch (DomainException e) {
                return null;
            }
        }

        private void requireSite() {
            if (source == null) {
                site("", "");
            }
        }

        private void progress() {
            command.progress().advanced(report());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A media file an attachment became, and the text that describes it (empty when the export had none). */
    private record KeptImage(MediaId id, String altText) {
    }

    /** The text on one line, whitespace collapsed, cut to {@code max} characters; empty for null. */
    static String singleLine(String text, int max) {
        String line = text == null ? "" : text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > max ? line.substring(0, max).strip() : line;
    }

    /** 32 random bytes as text: a password nobody knows. */
    static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A SHA-256 digest of the values, in hex: 64 characters. */
    static String fingerprint(String... values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String value : values) {
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
