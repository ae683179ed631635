package org.hrcities.platform.adapter.in.web.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.migration.ExportItems;
import org.hrcities.platform.application.port.in.migration.ExportUnreadableException;
import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.application.port.in.migration.ExportedAttachment;
import org.hrcities.platform.application.port.in.migration.ExportedAuthor;
import org.hrcities.platform.application.port.in.migration.ExportedComment;
import org.hrcities.platform.application.port.in.migration.ExportedPost;
import org.hrcities.platform.application.port.in.migration.ExportedTopic;
import org.hrcities.platform.application.port.in.migration.SiteExport;
import org.hrcities.platform.domain.media.MediaFile;

/**
 * A WordPress export file (WXR) as the import reads it: each part read by {@link WxrReader} and
 * made into what the import takes, post bodies converted to Markdown by {@link WordPressContent} and
 * comments to plain text by {@link PlainComments}. Categories become topics keyed
 * {@code category:slug}, tags {@code tag:slug}; menu entries and other item types are counted and
 * listed as passed over. With the site's uploads folder as a ZIP archive ({@link UploadsArchive}), each
 * attachment whose file it holds is handed over, right after the site and before any post, and the
 * addresses of its file in bodies ({@link UploadsAddresses}) lead to the media file it became; without
 * one, attachments are passed over and images keep their old addresses.
 */
public final class WxrExport implements SiteExport {

    /** The kind of item the report counts attachments as. */
    static final String ATTACHMENTS = "attachments";

    /** Items read and converted ahead of the import, at most. */
    static final int ITEMS_AHEAD = 64;

    private final Path file;
    private final Path uploads;
    /** The attachments and the site's hosts, once {@link #check()} read them. */
    private Collector collected;

    public WxrExport(Path file) {
        this(file, null);
    }

    /** An export with the site's uploads folder, as a folder or a ZIP archive, in {@code uploads} (null: none). */
    public WxrExport(Path file, Path uploads) {
        this.file = file;
        this.uploads = uploads;
    }

    /**
     * Reads the whole file without importing anything, so that a malformed file or one that is not a
     * WordPress export is refused before the import begins; notes its attachments on the way.
     *
     * @throws ExportUnreadableException saying what is wrong and where
     */
    public void check() {
        Collector collector = new Collector();
        read(collector);
        collected = collector;
    }

    /**
     * Reads and converts on a thread of its own, a few items ahead, while the caller's thread hands
     * them to {@code items} (which stores them): converting a body to Markdown took about as long as
     * storing it, and a machine has more than one core. What the reader fails with is thrown here.
     */
    @Override
    public void readInto(ExportItems items) {
        if (uploads != null && collected == null) {
            check();
        }
        try (Uploads archive = uploads == null ? null : Uploads.open(uploads)) {
            readInto(items, archive);
        }
    }

    private void readInto(ExportItems items, Uploads archive) {
        BlockingQueue<Consumer<ExportItems>> queue = new ArrayBlockingQueue<>(ITEMS_AHEAD);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Consumer<ExportItems> end = done -> { };
        Thread reader = Thread.ofPlatform().name("wxr-reader").daemon().start(() -> {
            try {
                read(new Handler(ahead(queue), archive, collected));
            } catch (RuntimeException e) {
                failure.set(e);
            } catch (Error e) {
                failure.set(new IllegalStateException("the export's reader failed", e));
            } finally {
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            for (Consumer<ExportItems> next = take(queue); next != end; next = take(queue)) {
                next.accept(items);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
        } finally {
            reader.interrupt();
        }
    }

    /** The items the reader handed over, to be handed to the import on the caller's thread. */
    private static ExportItems ahead(BlockingQueue<Consumer<ExportItems>> queue) {
        return new ExportItems() {
            @Override
            public void site(String address, String title) {
                put(items -> items.site(address, title));
            }

            @Override
            public void author(ExportedAuthor author) {
                put(items -> items.author(author));
            }

            @Override
            public void topic(ExportedTopic topic) {
                put(items -> items.topic(topic));
            }

            @Override
            public void post(ExportedPost post) {
                put(items -> items.post(post));
            }

            /** Waits until the import kept the file: the bodies that follow lead to what it became. */
            @Override
            public Optional<MediaFile> attachment(ExportedAttachment attachment) {
                CompletableFuture<Optional<MediaFile>> kept = new CompletableFuture<>();
                put(items -> {
                    try {
                        kept.complete(items.attachment(attachment));
                    } catch (RuntimeException e) {
                        kept.completeExceptionally(e);
                        throw e;
                    }
                });
                try {
                    return kept.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("the import stopped reading");
                } catch (ExecutionException e) {
                    throw new CancellationException("the import stopped: " + e.getCause().getMessage());
                }
            }

            @Override
            public void passOver(String kind, String what, String why) {
                put(items -> items.passOver(kind, what, why));
            }

            private void put(Consumer<ExportItems> item) {
                try {
                    queue.put(item);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("the import stopped reading");
                }
            }
        };
    }

    private static Consumer<ExportItems> take(BlockingQueue<Consumer<ExportItems>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    private void read(WxrHandler handler) {
        try (InputStream in = Files.newInputStream(file)) {
            new WxrReader().read(in, handler);
        } catch (WxrFormatException e) {
            throw new ExportUnreadableException(e.getMessage(), Math.max(0, e.line()), Math.max(0, e.column()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the export " + file, e);
        }
    }

    /** The topic key of a term of a post, or null for a term of another taxonomy. */
    static String topicKey(String taxonomy, String slug) {
        return switch (taxonomy) {
            case "category" -> "category:" + slug;
            case "post_tag" -> "tag:" + slug;
            default -> null;
        };
    }

    private static Instant instant(Instant gmt, LocalDateTime local) {
        if (gmt != null) {
            return gmt;
        }
        return local == null ? null : local.toInstant(ZoneOffset.UTC);
    }

    /** An attachment of the export: its id, title, path in the uploads (empty if unknown) and alt text. */
    record WxrAttachment(long id, String title, String path, String altText) {
    }

    /** Notes the attachments of the export and the hosts its site answered on, while it is checked. */
    static final class Collector implements WxrHandler {

        final List<WxrAttachment> attachments = new ArrayList<>();
        final Set<String> hosts = new HashSet<>();

        @Override
        public void site(WxrSite site) {
            for (String address : List.of(site.link(), site.baseSiteUrl(), site.baseBlogUrl())) {
                UploadsAddresses.hostOf(address).ifPresent(hosts::add);
            }
        }

        @Override
        public void item(WxrItem item) {
            if (!item.postType().equals("attachment")) {
                return;
            }
            UploadsAddresses.hostOf(item.attachmentUrl()).ifPresent(hosts::add);
            attachments.add(new WxrAttachment(item.postId(), Entities.decode(item.title()), pathOf(item),
                    item.metaValues("_wp_attachment_image_alt").stream().filter(alt -> !alt.isBlank()).findFirst()
                            .map(Entities::decode).orElse("")));
        }

        /**
         * Where the attachment's file lies in the uploads: its {@code _wp_attached_file} (which old
         * WordPress versions wrote as a full path on their server), else what its address says.
         */
        private static String pathOf(WxrItem item) {
            String attached = item.metaValues("_wp_attached_file").stream().filter(path -> !path.isBlank()).findFirst()
                    .orElse("").strip();
            int folder = attached.indexOf(UploadsAddresses.FOLDER);
            if (folder >= 0) {
                attached = attached.substring(folder + UploadsAddresses.FOLDER.length());
            }
            if (!attached.isEmpty() && UploadsArchive.isSafe(attached)) {
                return attached;
            }
            return UploadsAddresses.hostOf(item.attachmentUrl())
                    .flatMap(host -> UploadsAddresses.pathOf(item.attachmentUrl(), Set.of(host))).orElse("");
        }
    }

    /** Hands what the reader reads to the import. */
    private static final class Handler implements WxrHandler {

        private final ExportItems items;
        private final Uploads archive;
        private final Collector collected;
        /** The address here of each file the import kept, by its path in the uploads. */
        private final Map<String, String> addresses = new HashMap<>();
        /** The categories and tags handed over: a post may name one the export never declared. */
        private final Set<String> declared = new HashSet<>();

        /** {@code archive} and {@code collected} are null for an export without its uploads. */
        Handler(ExportItems items, Uploads archive, Collector collected) {
            this.items = items;
            this.archive = archive;
            this.collected = collected;
        }

        @Override
        public void site(WxrSite site) {
            String address = !site.link().isBlank() ? site.link() : site.baseBlogUrl();
            items.site(address, Entities.decode(site.title()));
            if (archive != null) {
                handOverAttachments();
            }
        }

        /** Each attachment whose file the archive holds, before any post can show it; the others reported. */
        private void handOverAttachments() {
            archive.refusedNames().forEach(name -> items.passOver("uploads archive entries", name,
                    "its name could lead out of the uploads folder; not read"));
            for (WxrAttachment attachment : collected.attachments) {
                String what = "attachment " + attachment.id()
                        + (attachment.title().isBlank() ? "" : " \"" + attachment.title() + "\"");
                String path = attachment.path();
                if (path.isEmpty()) {
                    items.passOver(ATTACHMENTS, what, "names no file in the uploads folder");
                } else if (!archive.holds(path)) {
                    items.passOver(ATTACHMENTS, what, "its file " + path
                            + " is not in the uploads archive; it keeps its address on the former site");
                } else {
                    items.attachment(new ExportedAttachment(Long.toString(attachment.id()), attachment.title(), path,
                            attachment.altText(), () -> archive.read(path)))
                            .ifPresent(kept -> addresses.put(path, MediaAddresses.pathOf(kept)));
                }
            }
        }

        /** The address here of the file an address of the former site names, or the address as it was. */
        private String rewrite(String url) {
            if (addresses.isEmpty()) {
                return url;
            }
            return UploadsAddresses.pathOf(url, collected.hosts)
                    .flatMap(path -> Optional.ofNullable(addresses.get(path))
                            .or(() -> UploadsAddresses.original(path).map(addresses::get)))
                    .orElse(url);
        }

        @Override
        public void author(WxrAuthor author) {
            items.author(new ExportedAuthor(author.login(), Entities.decode(author.displayName()), author.email()));
        }

        @Override
        public void term(WxrTerm term) {
            String key = topicKey(term.taxonomy(), term.slug());
            if (key == null) {
                items.passOver("other terms", term.taxonomy() + " \"" + Entities.decode(term.name()) + "\"",
                        "terms of the taxonomy " + term.taxonomy() + " are not topics");
                return;
            }
            declared.add(key);
            items.topic(new ExportedTopic(key, term.slug(), Entities.decode(term.name()),
                    PlainComments.toText(term.description())));
        }

        @Override
        public void item(WxrItem item) {
            ExportedPost.Kind kind = switch (item.postType()) {
                case "post" -> ExportedPost.Kind.POST;
                case "page" -> ExportedPost.Kind.PAGE;
                default -> null;
            };
            if (kind == null) {
                String what = item.postType() + " " + item.postId()
                        + (item.title().isBlank() ? "" : " \"" + Entities.decode(item.title()) + "\"");
                if (item.postType().equals("attachment") && archive != null) {
                    return; // handed over with the site
                }
                String why = switch (item.postType()) {
                    case "attachment" -> "no uploads archive came with the export: its file is not imported, and "
                            + "images keep their old addresses";
                    case "nav_menu_item" -> "menus are not imported";
                    default -> "items of the type " + item.postType() + " are not imported";
                };
                items.passOver(item.postType().equals("attachment") ? ATTACHMENTS : "other items", what, why);
                return;
            }
            WordPressContent.Converted body = WordPressContent.toMarkdown(item.content(), this::rewrite);
            List<String> notes = new ArrayList<>();
            body.shortcodesLeft().forEach(name -> notes.add("the shortcode [" + name + "] is left as text"));
            body.imageUrls().stream().filter(url -> rewrite(url).equals(url)).forEach(url -> notes.add("the image " + url
                    + " keeps its address on the former site (" + (archive == null
                            ? "no uploads archive came with the export" : "its file was not imported") + ")"));
            List<String> topics = new ArrayList<>();
            for (WxrItemTerm term : item.terms()) {
                String key = topicKey(term.domain(), term.nicename());
                if (key != null) {
                    if (declared.add(key)) {
                        items.topic(new ExportedTopic(key, term.nicename(), Entities.decode(term.name()), ""));
                    }
                    topics.add(key);
                }
            }
            List<ExportedComment> comments = item.comments().stream().map(Handler::comment).toList();
            ExportedPost.State state = state(item);
            // a draft's local date is when it was last saved, not a publication date (its GMT date is unset)
            Instant publishedAt = state == ExportedPost.State.DRAFT || state == ExportedPost.State.PENDING_REVIEW ? null
                    : instant(item.postDateGmt(), item.postDate());
            items.post(new ExportedPost(Long.toString(item.postId()), kind, state, Entities.decode(item.title()),
                    item.postName(), item.metaValues("_wp_old_slug"), body.markdown(), PlainComments.toText(item.excerpt()),
                    item.creator(), publishedAt, topics, "open".equals(item.commentStatus()), comments, notes,
                    item.metaValues("_thumbnail_id").stream().map(String::strip).filter(id -> !id.isEmpty()).findFirst()
                            .orElse(null)));
        }

        private static ExportedPost.State state(WxrItem item) {
            return switch (item.status()) {
                case "publish" -> item.password().isEmpty() ? ExportedPost.State.PUBLISHED
                        : ExportedPost.State.PASSWORD_PROTECTED;
                case "future" -> ExportedPost.State.SCHEDULED;
                case "pending" -> ExportedPost.State.PENDING_REVIEW;
                case "private" -> ExportedPost.State.PRIVATE;
                case "trash" -> ExportedPost.State.TRASHED;
                default -> ExportedPost.State.DRAFT;
            };
        }

        private static ExportedComment comment(WxrComment comment) {
            ExportedComment.Kind kind = switch (comment.type()) {
                case "pingback" -> ExportedComment.Kind.PINGBACK;
                case "trackback" -> ExportedComment.Kind.TRACKBACK;
                default -> ExportedComment.Kind.COMMENT;
            };
            ExportedComment.State state = switch (comment.approved()) {
                case "1" -> ExportedComment.State.APPROVED;
                case "spam" -> ExportedComment.State.SPAM;
                case "trash", "post-trashed" -> ExportedComment.State.TRASH;
                default -> ExportedComment.State.PENDING;
            };
            return new ExportedComment(Long.toString(comment.id()),
                    comment.parentId() == 0 ? null : Long.toString(comment.parentId()), kind, state,
                    PlainComments.toText(comment.author()).replaceAll("\\s+", " ").strip(), comment.authorEmail(),
                    comment.authorUrl(), comment.authorIp(), instant(comment.dateGmt(), comment.date()),
                    PlainComments.toText(comment.content()));
        }
    }
}
