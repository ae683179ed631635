package org.hrcities.platform.adapter.in.web.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Captioned images: a paragraph that holds nothing but an image with a title,
 * {@code ![alt](src "caption")}, becomes {@code <figure><img src alt><figcaption>caption</figcaption></figure>}.
 * An image among other text, or without a title, stays a plain {@code <img>}.
 * <p>
 * After parsing, each such paragraph is replaced by a {@link Figure} block that holds the image
 * without its title; commonmark renders the image itself (its address checked and encoded, its
 * alternative text), and the caption is written as escaped text.
 */
final class ImageFigures implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private ImageFigures() {
    }

    static Extension create() {
        return new ImageFigures();
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(ImageFigures::makeFigures);
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(FigureRenderer::new);
    }

    /** An image with its caption. */
    static final class Figure extends CustomBlock {

        private final String caption;

        Figure(String caption) {
            this.caption = caption;
        }

        String caption() {
            return caption;
        }
    }

    private static Node makeFigures(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null
                        && image.getTitle() != null && !image.getTitle().isBlank()) {
                    Figure figure = new Figure(image.getTitle().strip());
                    image.setTitle(null);
                    figure.appendChild(image);
                    figure.setSourceSpans(paragraph.getSourceSpans());
                    paragraph.insertBefore(figure);
                    paragraph.unlink();
                } else {
                    visitChildren(paragraph);
                }
            }
        });
        return document;
    }

    private static final class FigureRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        FigureRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Figure.class);
        }

        @Override
        public void render(Node node) {
            Figure figure = (Figure) node;
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag("figure", context.extendAttributes(figure, "figure", Map.of()));
            for (Node child = figure.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("figcaption", context.extendAttributes(figure, "figcaption", Map.of()));
            html.text(figure.caption());
            html.tag("/figcaption");
            html.tag("/figure");
            html.line();
        }
    }
}
