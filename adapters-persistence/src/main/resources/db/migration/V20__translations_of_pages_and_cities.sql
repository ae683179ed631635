-- The site's languages. A page is written in one language and belongs to a translation group, named
-- by the id of the group's first page (its own id for a page that translates none); a group holds one
-- page per language, and a slug is unique among the pages of one language. Pages written before the
-- site had languages are marked English, the default language of a site that names none.
ALTER TABLE site_pages ADD COLUMN language VARCHAR(3) DEFAULT 'en' NOT NULL;
ALTER TABLE site_pages ADD COLUMN translation_group UUID;
UPDATE site_pages SET translation_group = id;
ALTER TABLE site_pages ALTER COLUMN translation_group SET NOT NULL;
ALTER TABLE site_pages ALTER COLUMN language DROP DEFAULT;
ALTER TABLE site_pages DROP CONSTRAINT uq_site_pages_slug;
ALTER TABLE site_pages ADD CONSTRAINT uq_site_pages_language_slug UNIQUE (language, slug);
ALTER TABLE site_pages ADD CONSTRAINT uq_site_pages_translation UNIQUE (translation_group, language);

-- the navigation menu and the published pages of one language
DROP INDEX ix_site_pages_menu;
CREATE INDEX ix_site_pages_menu ON site_pages (language, status, menu_position);

-- A partner city's name and description in the site's languages besides the default (the city's own
-- columns); an empty name or description falls back to the city's.
CREATE TABLE partner_city_translations (
    city_id      UUID          NOT NULL,
    language     VARCHAR(3)    NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_partner_city_translations PRIMARY KEY (city_id, language),
    CONSTRAINT fk_partner_city_translations_city FOREIGN KEY (city_id) REFERENCES partner_cities (id) ON DELETE CASCADE
);
