package org.hrcities.platform.adapter.in.web.wordpress;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Comments, excerpts and names of a WordPress export as this platform keeps them: plain text. WordPress
 * stores a comment as its writer typed it, line breaks and the few tags its comment form allows
 * ({@code <a>}, {@code <strong>}, {@code <em>}, {@code <blockquote>}...) included; the text keeps the
 * line breaks and paragraphs, drops the tags, keeps a link's address after its text when they differ,
 * and decodes entities. Of markup that was never meant as markup (a {@code <script>} a spammer typed)
 * the text inside stays, which this platform shows escaped like any other.
 */
public final class PlainComments {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2",
            "h3", "h4", "h5", "h6", "table", "tr");

    private PlainComments() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        text.append("\n\n");
                    }
                } else if (node instanceof DataNode data) {
                    text.append(data.getWholeData());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().equals("a")) {
                        String href = element.attr("href").strip();
                        if (!href.isEmpty() && !href.equals(element.text().strip())
                                && (href.startsWith("http://") || href.startsWith("https://"))) {
                            text.append(" (").append(href).append(')');
                        }
                    } else if (BLOCKS.contains(element.normalName())) {
                        text.append("\n\n");
                    }
                }
            }
        });
        return text.toString().replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
