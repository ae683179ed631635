package org.hrcities.platform.application.service.privacy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hrcities.platform.application.port.in.privacy.ConfirmPersonalDataRequestUseCase;
import org.hrcities.platform.application.port.in.privacy.DataRequestLimitException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException;
import org.hrcities.platform.application.port.in.privacy.DataRequestLinkException.Problem;
import org.hrcities.platform.application.port.in.privacy.DataRequestSummary;
import org.hrcities.platform.application.port.in.privacy.DownloadPersonalDataUseCase;
import org.hrcities.platform.application.port.in.privacy.ListPersonalDataRequestsUseCase;
import org.hrcities.platform.application.port.in.privacy.MailUnavailableException;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataCommand;
import org.hrcities.platform.application.port.in.privacy.RequestPersonalDataUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DataRequestRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.FloodControlPort;
import org.hrcities.platform.application.port.out.MailSubscriberRepository;
import org.hrcities.platform.application.port.out.ModerationLogRepository;
import org.hrcities.platform.application.port.out.OutboxRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.application.service.comment.FloodGuard;
import org.hrcities.platform.application.service.mail.MailSettings;
import org.hrcities.platform.application.service.mail.SignedLinks;
import org.hrcities.platform.domain.comment.Actor;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationAction;
import org.hrcities.platform.domain.comment.ModerationRecord;
import org.hrcities.platform.domain.mail.MailId;
import org.hrcities.platform.domain.mail.MailKind;
import org.hrcities.platform.domain.mail.MailMessage;
import org.hrcities.platform.domain.mail.OutgoingMail;
import org.hrcities.platform.domain.privacy.DataRequest;
import org.hrcities.platform.domain.privacy.DataRequestId;
import org.hrcities.platform.domain.privacy.DataRequestKind;
import org.hrcities.platform.domain.privacy.DataRequestNotAllowedException;
import org.hrcities.platform.domain.privacy.DataRequestOrigin;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;

/**
 * Commenters' rights to their data (GDPR articles 15 and 17), as WordPress's privacy tools: a
 * request for an address is confirmed by a link mailed to it, then a copy of the data is downloaded
 * once, or the data is erased. Every step is one transaction; each mail is queued in the outbox in the
 * transaction of the step that causes it.
 * <p>
 * A request is opened and its mail queued for every address alike, whatever the site holds about
 * it, so that the answer and its time tell nobody whether the address ever commented. Visitors are
 * limited to {@link #MAX_PER_ADDRESS} requests per address and {@link #MAX_PER_SENDER} per network
 * address within {@link #LIMIT_WINDOW}; staff are not.
 */
public class PersonalDataService implements RequestPersonalDataUseCase, ConfirmPersonalDataRequestUseCase,
        DownloadPersonalDataUseCase, ListPersonalDataRequestsUseCase {

    /** The purpose signed into confirmation links. */
    static final String CONFIRM_PURPOSE = "data-request-confirm";
    /** The purpose signed into download links. */
    static final String DOWNLOAD_PURPOSE = "data-export-download";
    /** The window the limits count requests in. */
    public static final Duration LIMIT_WINDOW = Duration.ofHours(24);
    /** Requests per email address within the window. */
    public static final int MAX_PER_ADDRESS = 3;
    /** Requests per network address within the window. */
    public static final int MAX_PER_SENDER = 10;
    /** The id erasures are logged under in the moderation log. */
    public static final String ERASURE_ACTOR = "erasure-request";

    private final DataRequestRepository requests;
    private final CommentRepository comments;
    private final PostRepository posts;
    private final ModerationLogRepository log;
    private final DiscussionSettingsRepository settings;
    private final FloodControlPort floodControl;
    private final OutboxRepository outbox;
    private final MailSubscriberRepository subscribers;
    private final SignedLinks links;
    private final MailSettings mail;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PersonalDataService(DataRequestRepository requests, CommentRepository comments, PostRepository posts,
                               ModerationLogRepository log, DiscussionSettingsRepository settings,
                               FloodControlPort floodControl, OutboxRepository outbox,
                               MailSubscriberRepository subscribers, SignedLinks links, MailSettings mail,
                               TransactionPort transactions, ClockPort clock) {
        this.requests = Objects.requireNonNull(requests);
        this.comments = Objects.requireNonNull(comments);
        this.posts = Objects.requireNonNull(posts);
        this.log = Objects.requireNonNull(log);
        this.settings = Objects.requireNonNull(settings);
        this.floodControl = Objects.requireNonNull(floodControl);
        this.outbox = Objects.requireNonNull(outbox);
        this.subscribers = Objects.requireNonNull(subscribers);
        this.links = Objects.requireNonNull(links);
        this.mail = Objects.requireNonNull(mail);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public boolean requestsByMailAvailable() {
        return mail.enabled();
    }

    @Override
    public DataRequestSummary requestPersonalData(RequestPersonalDataCommand command) {
        if (!mail.enabled()) {
            throw new MailUnavailableException();
        }
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            if (command.origin() == DataRequestOrigin.VISITOR) {
                requireWithinLimits(command, now);
            }
            DataRequest request = DataRequest.open(DataRequestId.generate(), command.kind(), command.email(),
                    command.origin(), command.senderAddress(), now);
            requests.save(request);
            String token = links.sign(CONFIRM_PURPOSE, request.id().toString(), request.confirmableUntil());
            queue(MailKind.DATA_REQUEST_CONFIRMATION, command.email(), confirmationSubject(command.kind()),
                    confirmationText(command, mail.link("/privacy/requests/confirm?token=" + token)), now);
            return DataRequestSummary.of(request, now);
        });
    }

    private void requireWithinLimits(RequestPersonalDataCommand command, Instant now) {
        Instant since = now.minus(LIMIT_WINDOW);
        if (requests.countForEmailSince(command.email(), since) >= MAX_PER_ADDRESS) {
            throw new DataRequestLimitException("This address was sent " + MAX_PER_ADDRESS
                    + " confirmation links in the last 24 hours; please use one of them, or ask again tomorrow.",
                    LIMIT_WINDOW);
        }
        if (command.senderAddress() != null
                && requests.countFromSenderSince(command.senderAddress(), since) >= MAX_PER_SENDER) {
            throw new DataRequestLimitException("Too many requests were sent from your network in the last 24 hours; "
                    + "please ask again tomorrow.", LIMIT_WINDOW);
        }
    }

    @Override
    public DataRequestKind readConfirmation(String token) {
        return transactions.inTransaction(() -> {
            DataRequest request = requestFor(CONFIRM_PURPOSE, token);
            Instant now = clock.now();
            if (request.confirmedAt().isPresent()) {
                throw used();
            }
            if (!now.isBefore(request.confirmableUntil())) {
                throw expired();
            }
            return request.kind();
        });
    }

    @Override
    public Confirmed confirm(String token) {
        return transactions.inTransaction(() -> {
            DataRequest request = requestFor(CONFIRM_PURPOSE, token);
            Instant now = clock.now();
            try {
                request.confirm(now);
            } catch (DataRequestNotAllowedException e) {
                throw translated(e);
            }
            if (request.kind() == DataRequestKind.EXPORT) {
                requests.save(request);
                Instant until = request.downloadableUntil().orElseThrow();
                URI download = mail.link("/privacy/export?token="
                        + links.sign(DOWNLOAD_PURPOSE, request.id().toString(), until));
                queueIfMailing(MailKind.DATA_EXPORT_READY, request.email(), "A copy of your data is ready",
                        "You asked for a copy of the data this site holds about this address, and you confirmed it.\n\n"
                                + "Download it once, before " + until + " (UTC), here:\n" + download + "\n\n"
                                + "The link works once: after the download, ask again for a new copy.\n", now);
                return new ExportReady(download, until);
            }
            Erased erased = erase(request.email(), now);
            request.recordErasure(now, erased.anonymisedComments(), erased.deletedComments());
            requests.save(request);
            queueIfMailing(MailKind.DATA_ERASED, request.email(), "Your data was erased",
                    "You asked for the erasure of the data this site holds about this address, and you confirmed it.\n\n"
                            + "Comments anonymised: " + erased.anonymisedComments() + "\n"
                            + "Comments deleted: " + erased.deletedComments() + "\n\n"
                            + "Anonymised comments are shown as written by \"Anonymous\", without your email address, "
                            + "website, network address or browser.\n", now);
            return erased;
        });
    }

    /**
     * Erases what the comments of {@code email} say of their author, replies before the comments they
     * answer: each is anonymised, or deleted when the settings say so and nobody answered it (an
     * answered one is anonymised and its text replaced, so that its thread stays whole). Deletions are
     * logged without personal data; the flood control forgets the address and the network addresses;
     * the address's mail subscription (news of its comments) and every message to it in the outbox are deleted.
     */
    private Erased erase(EmailAddress email, Instant now) {
        boolean delete = settings.load().erasureDeletesComments();
        List<Comment> mine = new ArrayList<>(comments.findByEmail(email));
        mine.sort(Comparator.comparingInt(Comment::depth).reversed());
        Set<String> senders = new LinkedHashSet<>(FloodGuard.senders(null, email));
        int anonymised = 0;
        int deleted = 0;
        for (Comment comment : mine) {
            comment.senderAddress().ifPresent(address -> senders.addAll(FloodGuard.senders(address, email)));
            if (delete && !comments.hasReplies(comment.id())) {
                log.append(new ModerationRecord(UUID.randomUUID(), comment.id(), comment.postId(), now,
                        Actor.rule(ERASURE_ACTOR), ModerationAction.DELETE, comment.status(), null,
                        "deleted at its author's request"));
                comments.delete(comment);
                deleted++;
            } else {
                comment.anonymise();
                if (delete) {
                    comment.replaceTextAfterErasure();
                }
                comments.save(comment);
                anonymised++;
            }
        }
        floodControl.forget(List.copyOf(senders));
        subscribers.deleteByEmail(email);
        // the messages to the address (sent ones are kept 30 days) hold it, and may quote its comments
        outbox.deleteAllTo(email);
        return new Erased(anonymised, deleted);
    }

    @Override
    public void checkDownload(String token) {
        transactions.inTransaction(() -> {
            downloadable(token, clock.now());
            return null;
        });
    }

    @Override
    public PersonalDataCopy download(String token) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            DataRequest request = downloadable(token, now);
            request.recordDownload(now);
            requests.save(request);
            byte[] zip = PersonalDataExport.zip(request.email(), now, comments.findByEmail(request.email()),
                    posts::findById, log::findByComment, subscribers.findByEmail(request.email()), mail);
            return new PersonalDataCopy("personal-data-" + request.id() + ".zip", zip);
        });
    }

    private DataRequest downloadable(String token, Instant now) {
        DataRequest request = requestFor(DOWNLOAD_PURPOSE, token);
        if (request.kind() != DataRequestKind.EXPORT || request.confirmedAt().isEmpty()) {
            throw invalid();
        }
        if (request.completedAt().isPresent()) {
            throw new DataRequestLinkException(Problem.USED, "This copy was downloaded already; it can be downloaded "
                    + "only once. Ask again for a new copy.");
        }
        if (!now.isBefore(request.downloadableUntil().orElseThrow())) {
            throw new DataRequestLinkException(Problem.EXPIRED, "This download link ran out. Ask again for a new copy.");
        }
        return request;
    }

    @Override
    public Page<DataRequestSummary> listPersonalDataRequests(PageRequest page) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            return requests.findRecent(page).map(request -> DataRequestSummary.of(request, now));
        });
    }

    /** The stored request a token was signed for, or the reason the token does nothing. */
    private DataRequest requestFor(String purpose, String token) {
        SignedLinks.Check check = links.check(purpose, token);
        return switch (check) {
            case SignedLinks.Valid valid -> {
                DataRequestId id;
                try {
                    id = DataRequestId.parse("token", valid.subject());
                } catch (InvalidValueException e) {
                    throw invalid();
                }
                yield requests.findById(id).orElseThrow(PersonalDataService::invalid);
            }
            case SignedLinks.Expired ignored -> throw expired();
            case SignedLinks.Invalid ignored -> throw invalid();
        };
    }

    private static DataRequestLinkException invalid() {
        return new DataRequestLinkException(Problem.INVALID, "This link is not one this site sent, or it was cut or "
                + "changed on the way. Copy the whole link from the email, or ask again.");
    }

    private static DataRequestLinkException expired() {
        return new DataRequestLinkException(Problem.EXPIRED, "This confirmation link ran out: links work for "
                + DataRequest.CONFIRMATION_VALIDITY.toHours() + " hours. Ask again for a new one.");
    }

    private static DataRequestLinkException used() {
        return new DataRequestLinkException(Problem.USED, "This request was confirmed already. To do it again, ask again.");
    }

    private static DataRequestLinkException translated(DataRequestNotAllowedException e) {
        return e.reason() == DataRequestNotAllowedException.Reason.USED ? used() : expired();
    }

    private void queueIfMailing(MailKind kind, EmailAddress to, String subject, String text, Instant now) {
        if (mail.enabled()) {
            queue(kind, to, subject, text, now);
        }
    }

    private void queue(MailKind kind, EmailAddress to, String subject, String text, Instant now) {
        outbox.save(OutgoingMail.queue(MailId.generate(), new MailMessage(kind, to, subject, text, null), now));
    }

    private static String confirmationSubject(DataRequestKind kind) {
        return kind == DataRequestKind.EXPORT ? "Confirm your request for a copy of your data"
                : "Confirm your request to erase your data";
    }

    private String confirmationText(RequestPersonalDataCommand command, URI link) {
        String what = command.kind() == DataRequestKind.EXPORT
                ? "a copy of the data this site holds about this email address"
                : "the erasure of the data this site holds about this email address (your comments are anonymised "
                        + "or deleted)";
        String who = command.origin() == DataRequestOrigin.STAFF ? "The site's staff started a request, on your behalf, for "
                : "Someone, probably you, asked for ";
        return who + what + ".\n\n"
                + "Nothing happens unless you confirm it. To confirm, open this link within "
                + DataRequest.CONFIRMATION_VALIDITY.toHours() + " hours and press the button on the page:\n"
                + link + "\n\n"
                + "If you did not ask for this, ignore this message.\n"
                + "Site: " + mail.origin().toString().toLowerCase(Locale.ROOT) + "\n";
    }
}
