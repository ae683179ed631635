package org.hrcities.platform.domain.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageInspectionTest {

    @Test
    void reads_the_format_and_size_of_every_format_taken_from_its_bytes() {
        assertEquals(new ImageInspection(ImageFormat.PNG, 40, 30), ImageInspection.of(TestImages.png(40, 30)));
        assertEquals(new ImageInspection(ImageFormat.JPEG, 41, 17), ImageInspection.of(TestImages.jpeg(41, 17)));
        assertEquals(new ImageInspection(ImageFormat.GIF, 5, 300), ImageInspection.of(TestImages.gif(5, 300)));
        assertEquals(new ImageInspection(ImageFormat.WEBP, 1024, 768), ImageInspection.of(TestImages.webpLossless(1024, 768)));
        assertEquals(new ImageInspection(ImageFormat.WEBP, 640, 480), ImageInspection.of(TestImages.webpLossy(640, 480)));
        assertEquals(new ImageInspection(ImageFormat.WEBP, 3000, 2000), ImageInspection.of(TestImages.webpExtended(3000, 2000)));
    }

    @Test
    void refuses_svg_because_it_can_carry_script_and_says_so() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<rect width=\"5\" height=\"5\"/></svg>").getBytes(StandardCharsets.UTF_8);
        ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> ImageInspection.of(svg));
        assertTrue(refused.getMessage().contains("SVG"), refused.getMessage());
        assertEquals("file", refused.field());
    }

    @Test
    void refuses_what_only_pretends_to_be_an_image() {
        for (byte[] bytes : new byte[][] {
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "GIF89".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(TestImages.png(10, 10), 20),
                Arrays.copyOf(TestImages.jpeg(10, 10), 3),
                Arrays.copyOf(TestImages.webpLossy(10, 10), 25),
                "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII),
                {0x25, 0x50, 0x44, 0x46, 0x2D},
                {}}) {
            assertThrows(ImageRefusedException.class, () -> ImageInspection.of(bytes), new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void refuses_a_small_file_that_claims_a_huge_picture_before_anything_decodes_it() {
        byte[] bomb = TestImages.png(10, 10);
        bomb[16] = 0x00;
        bomb[17] = 0x01;
        bomb[18] = (byte) 0x86;
        bomb[19] = (byte) 0xA0; // 100,000 pixels wide
        ImageRefusedException refused = assertThrows(ImageRefusedException.class, () -> ImageInspection.of(bomb));
        assertTrue(refused.getMessage().contains("100000 x 10"), refused.getMessage());
        assertThrows(ImageRefusedException.class, () -> ImageInspection.of(TestImages.webpExtended(12_001, 10)));
        assertEquals(12_000, ImageInspection.of(TestImages.webpExtended(12_000, 10)).width());
        byte[] empty = TestImages.gif(3, 3);
        empty[6] = 0;
        empty[7] = 0;
        assertThrows(ImageRefusedException.class, () -> ImageInspection.of(empty));
    }
}
