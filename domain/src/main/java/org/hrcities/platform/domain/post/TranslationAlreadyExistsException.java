package org.hrcities.platform.domain.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.DomainException;
import org.hrcities.platform.domain.shared.Language;

/** A translation group holds one post per language, and this one already has a post in the language. */
public class TranslationAlreadyExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient PostId translationGroup;
    private final transient Language language;

    public TranslationAlreadyExistsException(PostId translationGroup, Language language) {
        super("the post is already translated into " + Objects.requireNonNull(language, "language").code());
        this.translationGroup = Objects.requireNonNull(translationGroup, "translationGroup");
        this.language = language;
    }

    /** The group that has a post in the language. */
    public PostId translationGroup() {
        return translationGroup;
    }

    public Language language() {
        return language;
    }
}
