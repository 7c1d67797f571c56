package app.herold.domain.channel;

import java.util.List;

/** Every channel Herold knows, for the editor and the commands; implemented where the adapters are wired. */
public interface ChannelCatalog {

    Channel channel(ChannelKind kind);

    default List<Channel> all() {
        return java.util.Arrays.stream(ChannelKind.values()).map(this::channel).toList();
    }
}
