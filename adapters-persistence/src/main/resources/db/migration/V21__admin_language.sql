-- The language each member of staff chose for the admin (an ISO 639 code such as fr or de).
-- NULL: the member keeps the site's default language.

ALTER TABLE staff_accounts ADD COLUMN admin_language VARCHAR(3);
