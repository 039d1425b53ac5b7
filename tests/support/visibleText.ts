// What a reader sees of Markdown: rendered as GitHub renders a comment (markdown-it, HTML enabled),
// parsed as a browser parses it (parse5), and only the text outside comments, scripts and styles.
import MarkdownIt from "markdown-it";
import { parseFragment } from "parse5";

interface Node {
    nodeName: string;
    value?: string;
    childNodes?: Node[];
    content?: Node;
}

const HIDDEN = new Set(["#comment", "script", "style", "template", "noscript"]);

function text(node: Node): string {
    if (HIDDEN.has(node.nodeName)) {
        return "";
    }
    if (node.nodeName === "#text") {
        return node.value ?? "";
    }
    return (node.childNodes ?? []).map(text).join(node.nodeName === "br" ? "" : "");
}

/** The visible text of Markdown, as a reader of the rendered page sees it. */
export function visibleText(markdown: string): string {
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    return text(parseFragment(html) as unknown as Node);
}
