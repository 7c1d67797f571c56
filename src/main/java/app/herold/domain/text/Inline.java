package app.herold.domain.text;

import java.util.List;
import java.util.Objects;

/** A piece of a line of the master text: plain words, bold or italic words, or a link with its label. */
public sealed interface Inline {

    /** The words a reader sees, without any markup. */
    String plain();

    record Plain(String text) implements Inline {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plain() {
            return text;
        }
    }

    record Bold(List<Inline> content) implements Inline {
        public Bold {
            content = List.copyOf(content);
        }

        @Override
        public String plain() {
            return FormattedText.plainOf(content);
        }
    }

    record Italic(List<Inline> content) implements Inline {
        public Italic {
            content = List.copyOf(content);
        }

        @Override
        public String plain() {
            return FormattedText.plainOf(content);
        }
    }

    /** A link the user wrote as {@code [label](url)}; a bare URL stays plain text, the platforms link it. */
    record Link(String label, String url) implements Inline {
        public Link {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }

        /** True when the label adds nothing to the address, so a channel without link labels shows the address once. */
        public boolean labelIsAddress() {
            String shown = label.strip();
            return shown.isEmpty() || shown.equals(url) || url.endsWith("//" + shown) || url.endsWith("//" + shown + "/");
        }

        @Override
        public String plain() {
            return labelIsAddress() ? url : label;
        }
    }
}
