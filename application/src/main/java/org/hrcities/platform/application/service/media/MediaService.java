package org.hrcities.platform.application.service.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcities.platform.application.port.in.media.DescribeMediaUseCase;
import org.hrcities.platform.application.port.in.media.MediaContent;
import org.hrcities.platform.application.port.in.media.MediaNotFoundException;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadMediaCommand;
import org.hrcities.platform.application.port.in.media.UploadMediaUseCase;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * Keeps, reads and describes the site's media files, each call one transaction. An upload checks the
 * bytes before anything is written, finds an image kept before by its SHA-256 (one copy of each),
 * writes what is known about a new one and then its bytes, last, so that a content store outside the
 * database is written only when nothing else can fail.
 */
public class MediaService implements UploadMediaUseCase, ReadMediaUseCase, DescribeMediaUseCase {

    /** The most files one call lists. */
    public static final int MAX_LISTED = 200;

    private final MediaRepository media;
    private final MediaContentPort content;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final MediaKeeping keeping;

    public MediaService(MediaRepository media, MediaContentPort content, TransactionPort transactions, ClockPort clock) {
        this.media = Objects.requireNonNull(media);
        this.content = Objects.requireNonNull(content);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.keeping = new MediaKeeping(media, content);
    }

    @Override
    public UploadedMedia upload(UploadMediaCommand command) {
        MediaFile candidate = MediaFile.upload(MediaId.generate(), command.originalName(), command.bytes(),
                command.altText(), clock.now());
        return transactions.inTransaction(() -> {
            UploadedMedia kept = keeping.keep(candidate, command.bytes(), file -> { });
            return new UploadedMedia(media.findById(kept.file().id()).orElseThrow(), kept.keptBefore());
        });
    }

    @Override
    public Optional<MediaContent> readContent(MediaId id) {
        return transactions.inTransaction(() -> media.findById(id)
                .flatMap(file -> content.read(id).map(bytes -> new MediaContent(file, bytes))));
    }

    @Override
    public Optional<MediaFile> findMedia(MediaId id) {
        return transactions.inTransaction(() -> media.findById(id));
    }

    @Override
    public List<MediaFile> listNewest(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LISTED) {
            throw new IllegalArgumentException("offset must not be negative and limit must be 1 to " + MAX_LISTED);
        }
        return transactions.inTransaction(() -> media.findNewest(offset, limit));
    }

    @Override
    public long countMedia() {
        return transactions.inTransaction(media::count);
    }

    @Override
    public MediaFile describe(MediaId id, long expectedVersion, String altText) {
        return transactions.inTransaction(() -> {
            MediaFile file = media.findById(id).orElseThrow(() -> new MediaNotFoundException(id));
            if (file.version() != expectedVersion) {
                throw new ConcurrentUpdateException("media file", id);
            }
            file.describe(altText);
            media.save(file);
            return media.findById(id).orElseThrow();
        });
    }
}
