package org.hrcities.platform.adapter.in.web.wordpress;

/**
 * A term of one of the site's taxonomies: a category, a tag, or a term of another taxonomy (menus,
 * post formats, a plugin's own). WordPress writes each category and tag twice, once as
 * {@code wp:category} or {@code wp:tag} and once as {@code wp:term}; the reader reports it once.
 *
 * @param taxonomy    the taxonomy's name: {@code category}, {@code post_tag}, {@code nav_menu}...
 * @param id          the term's id on the exporting site
 * @param slug        the term's slug, unique within its taxonomy
 * @param name        the name shown on the site
 * @param parentSlug  the slug of the parent term, empty for a top-level term
 * @param description empty if the term has none
 */
public record WxrTerm(String taxonomy, long id, String slug, String name, String parentSlug, String description) {

    /** Which of WordPress's two built-in taxonomies a term belongs to, if either. */
    public enum Kind {
        CATEGORY, TAG, OTHER
    }

    /** Whether this is a category, a tag, or a term of another taxonomy. */
    public Kind kind() {
        return switch (taxonomy) {
            case "category" -> Kind.CATEGORY;
            case "post_tag" -> Kind.TAG;
            default -> Kind.OTHER;
        };
    }
}
