package org.hrcities.platform.domain.shared;

/** Another post (or another city) already answers at this slug; slugs are unique among their kind. */
public class SlugAlreadyTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient Slug slug;

    public SlugAlreadyTakenException(String kind, Slug slug) {
        super("the slug \"" + slug + "\" is already taken by another " + kind);
        this.slug = slug;
    }

    public Slug slug() {
        return slug;
    }
}
