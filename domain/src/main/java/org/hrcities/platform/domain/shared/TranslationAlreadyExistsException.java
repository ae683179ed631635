package org.hrcities.platform.domain.shared;

/**
 * A piece of content (a page, a post) has a version in this language already: a translation group
 * holds at most one per language, so the one there is to be edited instead.
 */
public class TranslationAlreadyExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient Language language;

    /** {@code kind} names the content in words: "page", "post". */
    public TranslationAlreadyExistsException(String kind, Language language) {
        super("the " + kind + " is written in " + language.code() + " already");
        this.language = language;
    }

    /** For a kind of content that says it in its own words. */
    protected TranslationAlreadyExistsException(Language language, String message) {
        super(message);
        this.language = language;
    }

    public Language language() {
        return language;
    }
}
