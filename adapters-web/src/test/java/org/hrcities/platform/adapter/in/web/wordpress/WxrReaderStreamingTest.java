package org.hrcities.platform.adapter.in.web.wordpress;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/**
 * Shows that the reader streams: the export is written while it is read, item by item, and each item
 * reaches the handler while the items after it are not yet written. Nothing is kept, neither by the
 * handler nor, as this shows, by the reader, whose input never runs more than a few items ahead.
 */
class WxrReaderStreamingTest {

    private static final int ITEMS = 20_000;
    private static final int COMMENTS_PER_ITEM = 5;
    /** How far ahead of the handler the parser's buffer may read: a few of these items' kilobytes. */
    private static final int MOST_ITEMS_READ_AHEAD = 20;

    @Test
    void hands_over_each_item_of_a_large_export_while_the_rest_is_still_being_written() {
        GeneratedExport export = new GeneratedExport();
        long[] seen = new long[3]; // items, comments, the most items written ahead of the handler
        new WxrReader().read(export.stream(), new WxrHandler() {
            @Override
            public void item(WxrItem item) {
                assertEquals(seen[0] + 1, item.postId());
                seen[0]++;
                seen[1] += item.comments().size();
                seen[2] = Math.max(seen[2], export.itemsWritten - seen[0]);
            }
        });
        assertEquals(ITEMS, seen[0]);
        assertEquals((long) ITEMS * COMMENTS_PER_ITEM, seen[1]);
        assertTrue(seen[2] <= MOST_ITEMS_READ_AHEAD, "the reader ran " + seen[2] + " items ahead of the handler");
    }

    /** A WXR file written on demand, one item at a time, as the reader asks for more bytes. */
    private static final class GeneratedExport {

        private int itemsWritten;

        InputStream stream() {
            return new SequenceInputStream(new Enumeration<>() {
                private int part = -1; // the header, then each item, then the end

                @Override
                public boolean hasMoreElements() {
                    return part <= ITEMS;
                }

                @Override
                public InputStream nextElement() {
                    String text = part < 0 ? header() : part == ITEMS ? "</channel>\n</rss>\n" : item(part + 1);
                    if (part >= 0 && part < ITEMS) {
                        itemsWritten++;
                    }
                    part++;
                    return new ByteArrayInputStream(text.getBytes(UTF_8));
                }
            });
        }

        private static String header() {
            return WxrReaderTest.export("1.2", "<title>Generated</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n")
                    .replace("</channel>\n</rss>\n", "");
        }

        private static String item(long id) {
            StringBuilder item = new StringBuilder("""
                    <item>
                    	<title><![CDATA[Post %1$d]]></title>
                    	<link>http://example.org/?p=%1$d</link>
                    	<dc:creator><![CDATA[admin]]></dc:creator>
                    	<content:encoded><![CDATA[<p>The body of post %1$d, with some words to make it a real size.</p>]]></content:encoded>
                    	<wp:post_id>%1$d</wp:post_id>
                    	<wp:post_date_gmt><![CDATA[2021-01-04 09:00:00]]></wp:post_date_gmt>
                    	<wp:status><![CDATA[publish]]></wp:status>
                    	<wp:post_type><![CDATA[post]]></wp:post_type>
                    	<category domain="category" nicename="news"><![CDATA[News]]></category>
                    """.formatted(id));
            for (int comment = 1; comment <= COMMENTS_PER_ITEM; comment++) {
                item.append("""
                        	<wp:comment>
                        		<wp:comment_id>%d</wp:comment_id>
                        		<wp:comment_author><![CDATA[Reader %d]]></wp:comment_author>
                        		<wp:comment_date_gmt><![CDATA[2021-01-04 11:07:00]]></wp:comment_date_gmt>
                        		<wp:comment_content><![CDATA[A comment that says something about the post.]]></wp:comment_content>
                        		<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
                        	</wp:comment>
                        """.formatted((id - 1) * COMMENTS_PER_ITEM + comment, comment));
            }
            return item.append("</item>\n").toString();
        }
    }
}
