package app.herold.channels.instagram;

import app.herold.channels.common.PreviewRuns;
import app.herold.channels.common.StandardChannel;
import app.herold.channels.text.TextEntities;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.channel.TextSpan;
import java.util.List;

/**
 * An Instagram professional account. A caption of plain text under a picture, which it cannot do
 * without; hashtags and mentions are counted against Instagram's caps. Links in a caption are not
 * clickable there, which the officer should know before relying on one.
 */
public final class InstagramChannel extends StandardChannel {

    public InstagramChannel(ChannelLimits limits) {
        super(limits);
    }

    @Override
    protected PreviewRuns.Style previewStyle() {
        return new PreviewRuns.Style(false, false, true, true, false);
    }

    @Override
    protected void addChannelFindings(ChannelDraft draft, String visible, TextEntities entities, List<Finding> findings) {
        if (!entities.urls().isEmpty()) {
            var first = entities.urls().get(0);
            findings.add(Finding.of("links.not-clickable", Severity.INFO, "finding.instagram.links")
                    .at(new TextSpan(first.start(), first.end())));
        }
    }
}
