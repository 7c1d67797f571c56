package app.herold.domain.channel;

import java.util.List;

/**
 * A post measured and checked as one channel does it: the length as the platform counts it, its
 * limit, the hashtags, mentions and links the platform will see, and what is wrong or worth a look.
 * {@code hashtags} are without "#", {@code mentions} without the leading "@".
 */
public record ChannelCheck(ChannelKind channel, int length, int limit, CountUnit unit, List<String> hashtags,
                           List<String> mentions, List<String> urls, List<Finding> findings) {

    public ChannelCheck {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        urls = List.copyOf(urls);
        findings = List.copyOf(findings);
    }

    public boolean blocks() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.BLOCKER);
    }

    public Severity worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    }
}
