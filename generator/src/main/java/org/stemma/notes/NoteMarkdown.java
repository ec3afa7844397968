package org.stemma.notes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Note bodies are untrusted Markdown: raw HTML is escaped, link schemes other than
 * http(s)/mailto/relative are dropped, external links open without referrer, and images become
 * links, since the site loads nothing from outside.
 */
public final class NoteMarkdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link && attributes.getOrDefault("href", "").matches("(?i)(https?:)?//.*")) {
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                Link link = new Link(image.getDestination(), image.getTitle());
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.appendChild(child);
                    child = next;
                }
                if (link.getFirstChild() == null) link.appendChild(new Text(image.getDestination()));
                image.insertBefore(link);
                image.unlink();
            }
        });
        return renderer.render(document).strip();
    }
}
