package org.hrcities.platform.domain.post;

import java.util.Objects;
import org.hrcities.platform.domain.shared.Language;

/** A translation group holds one post per language, and this one already has a post in the language. */
public class TranslationAlreadyExistsException extends org.hrcities.platform.domain.shared.TranslationAlreadyExistsException {

    private static final long serialVersionUID = 1L;

    private final transient PostId translationGroup;

    public TranslationAlreadyExistsException(PostId translationGroup, Language language) {
        super(Objects.requireNonNull(language, "language"), "the post is already translated into " + language.code());
        this.translationGroup = Objects.requireNonNull(translationGroup, "translationGroup");
    }

    /** The group that has a post in the language. */
    public PostId translationGroup() {
        return translationGroup;
    }

}
