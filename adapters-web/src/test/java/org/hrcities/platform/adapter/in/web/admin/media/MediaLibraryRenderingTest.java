package org.hrcities.platform.adapter.in.web.admin.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.render.Templates;
import org.junit.jupiter.api.Test;

/**
 * The media library shows each image as a lazily loaded thumbnail of its real size, with its name as
 * text, what it shows (or that nobody said yet), and a labelled form to describe it; what staff typed
 * is shown as text, never as markup.
 */
class MediaLibraryRenderingTest {

    private static final String TOKEN = "A".repeat(43);
    private static final AdminNav NAV = new AdminNav("Anna", "editor", "media", TOKEN, true, false, false, false, false,
            false, true, true);
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    private static MediaLibraryPage.Row row(String id, String fileName, String alt, String typed, String error) {
        return new MediaLibraryPage.Row(id, fileName, "/media/" + id + "/" + fileName, 640, 480, 12_593, alt, typed, 3,
                "6 Dec 2026, 10:00", "2026-12-06T09:00:00Z", error);
    }

    private static String render(MediaLibraryPage page) {
        return new String(Templates.render("admin/media.jte", page), StandardCharsets.UTF_8);
    }

    private static MediaLibraryPage page(MediaLibraryPage.Upload upload, List<MediaLibraryPage.Row> rows, String error) {
        return new MediaLibraryPage(NAV, upload, rows, rows.size(), 1, 1, null, null, null, error);
    }

    @Test
    void shows_each_image_as_a_lazy_thumbnail_with_its_size_address_and_description() {
        String html = render(page(MediaLibraryPage.Upload.BLANK,
                List.of(row("11111111-1111-1111-1111-111111111111", "harbour.png", "Boats in the harbour", "Boats in the harbour", null)),
                null));

        assertTrue(html.contains("<img src=\"/media/11111111-1111-1111-1111-111111111111/harbour.png\" "
                + "alt=\"Boats in the harbour\" width=\"640\" height=\"480\" loading=\"lazy\">"), html);
        assertTrue(html.contains("<figcaption>harbour.png</figcaption>"), html);
        assertTrue(html.contains("640 × 480 pixels, 12.3 KB (12,593 bytes)"), html);
        assertTrue(html.contains("<a href=\"/media/11111111-1111-1111-1111-111111111111/harbour.png\">"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"3\">"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/media/11111111-1111-1111-1111-111111111111\""), html);
        assertFalse(html.contains("status-undescribed"), "a described image is not flagged");
        assertTrue(html.contains("<a href=\"/admin/media\" aria-current=\"page\">Media</a>"), "the section is current");
    }

    @Test
    void flags_an_undescribed_image_and_gives_its_thumbnail_an_empty_alt() {
        String html = render(page(MediaLibraryPage.Upload.BLANK,
                List.of(row("22222222-2222-2222-2222-222222222222", "image.gif", "", "", null)), null));

        assertTrue(html.contains("alt=\"\" width=\"640\""), html);
        assertTrue(html.contains("<span class=\"status status-undescribed\">No description yet</span>"), html);
    }

    @Test
    void shows_hostile_names_and_descriptions_as_text() {
        String html = render(page(new MediaLibraryPage.Upload(HOSTILE, "Not an image: " + HOSTILE + ".", null),
                List.of(row("33333333-3333-3333-3333-333333333333", "x.png", HOSTILE, HOSTILE + " typed", null)),
                "The image was not uploaded."));

        assertFalse(html.contains("<script>alert(1)"), html);
        assertTrue(html.contains("alt=\"&#34;>&lt;script>alert(1)&lt;/script>\" width"), "the thumbnail's alt");
        assertTrue(html.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script> typed\""), "the alt text typed");
        assertTrue(html.contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\" aria-describedby=\"upload-alt-hint\""),
                "the alt text typed in the upload form");
        assertTrue(html.contains("<p class=\"field-error\" id=\"file-error\">Not an image: \"&gt;&lt;script&gt;alert(1)&lt;/script&gt;.</p>"),
                html);
    }

    @Test
    void puts_a_refused_file_beside_its_field_and_links_to_it_from_the_summary() {
        String html = render(page(new MediaLibraryPage.Upload("Boats", "SVG images are not taken.", null), List.of(),
                "The image was not uploaded."));

        assertTrue(html.contains("<title>Error: Media library"), html);
        assertTrue(html.contains("<div class=\"error-summary\" role=\"alert\">\n<h2>The image was not uploaded.</h2>"), html);
        assertTrue(html.contains("<li><a href=\"#field-file\">SVG images are not taken.</a></li>"), html);
        assertTrue(html.contains("<p class=\"field-error\" id=\"file-error\">SVG images are not taken.</p>"), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"file-error file-hint\""), html);
        assertTrue(html.contains("value=\"Boats\""), "the alt text typed is kept");
    }

    @Test
    void shows_a_stale_description_beside_its_field_with_what_was_typed() {
        String id = "44444444-4444-4444-4444-444444444444";
        String html = render(page(MediaLibraryPage.Upload.BLANK,
                List.of(row(id, "x.png", "Theirs", "Mine", "Someone else changed this description.")),
                "The description of x.png was not saved."));

        assertTrue(html.contains("<p class=\"field-error\" id=\"alt-" + id + "-error\">Someone else changed this description.</p>"), html);
        assertTrue(html.contains("value=\"Mine\" aria-invalid=\"true\""), html);
        assertTrue(html.contains("<li><a href=\"#alt-" + id + "\">"), html);
    }

    @Test
    void labels_every_input_a_person_fills_in_and_sends_the_upload_as_multipart_with_its_token() {
        String html = render(page(MediaLibraryPage.Upload.BLANK, List.of(
                row("55555555-5555-5555-5555-555555555555", "a.png", "", "", null),
                row("66666666-6666-6666-6666-666666666666", "b.jpg", "B", "B", null)), null));

        Matcher inputs = Pattern.compile("<input ([^>]*)>").matcher(html);
        int labelled = 0;
        while (inputs.find()) {
            String attributes = inputs.group(1);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(attributes);
            assertTrue(id.find(), "an input without id: " + attributes);
            assertTrue(html.contains("<label for=\"" + id.group(1) + "\">"), "no label for " + id.group(1));
            labelled++;
        }
        assertEquals(4, labelled, "the file, its alt text, and one alt text per image");
        assertTrue(html.contains("<form method=\"post\" action=\"/admin/media\" enctype=\"multipart/form-data\""), html);
        assertTrue(html.contains("accept=\"image/png,image/jpeg,image/webp,image/gif\""), html);
        assertEquals(4, html.split("name=\"token\" value=\"" + TOKEN + "\"", -1).length - 1,
                "sign-out, upload, and one form per image");
    }
}
