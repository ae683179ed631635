package org.hrcities.platform.application.service.media;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.media.UploadedMedia;
import org.hrcities.platform.application.port.out.MediaContentPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.domain.media.MediaFile;

/**
 * Keeps an image once, inside the caller's transaction: shared by the uploads of editors and the
 * WordPress import. An image whose bytes are kept already is that file (which takes the new alt text
 * if it had none); a new one is saved, and its bytes written last, so that a content store outside
 * the database is written only when nothing else can fail.
 */
public final class MediaKeeping {

    private final MediaRepository media;
    private final MediaContentPort content;

    public MediaKeeping(MediaRepository media, MediaContentPort content) {
        this.media = Objects.requireNonNull(media);
        this.content = Objects.requireNonNull(content);
    }

    /**
     * Keeps {@code candidate} with {@code bytes}, or finds the file kept before for the same bytes;
     * {@code alsoRecord} runs with the file kept, before a new one's bytes are written.
     */
    public UploadedMedia keep(MediaFile candidate, byte[] bytes, Consumer<MediaFile> alsoRecord) {
        Optional<MediaFile> kept = media.findBySha256(candidate.sha256());
        if (kept.isPresent()) {
            MediaFile file = kept.get();
            if (!file.isDescribed() && candidate.isDescribed()) {
                file.describe(candidate.altText());
                media.save(file);
            }
            alsoRecord.accept(file);
            return new UploadedMedia(file, true);
        }
        media.save(candidate);
        alsoRecord.accept(candidate);
        content.store(candidate.id(), bytes);
        return new UploadedMedia(candidate, false);
    }
}
