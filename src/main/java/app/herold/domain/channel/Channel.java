package app.herold.domain.channel;

/**
 * One social network as Herold knows it offline: what it accepts, how it renders and counts a post,
 * and what it would reject. Each network implements this in its own package under
 * {@code app.herold.channels}; publishing (a later capability) is a separate port, so adding it
 * touches no channel's rendering or checks.
 */
public interface Channel {

    ChannelKind kind();

    ChannelLimits limits();

    /** The text in the channel's own form; {@code draft.text()} is in the master text's markup. */
    RenderedText render(ChannelDraft draft);

    /** Measures and checks text and images as the platform would. Pure and quick enough to run while typing. */
    ChannelCheck check(ChannelDraft draft);

    /** How the post will look there. */
    ChannelPreview preview(ChannelDraft draft);
}
