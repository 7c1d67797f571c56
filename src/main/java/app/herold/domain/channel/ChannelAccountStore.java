package app.herold.domain.channel;

import java.util.List;
import java.util.Optional;

/** Where the town's channel accounts are kept. Every call may block on disk. */
public interface ChannelAccountStore {

    /** Every account, by kind in the channels' order, then by name. */
    List<ChannelAccount> accounts();

    Optional<ChannelAccount> find(AccountId id);

    /** Names are unique, compared without regard to case. */
    Optional<ChannelAccount> findByName(String name);

    /** Inserts an account without an id or updates the one with its id. Refuses a name another account has. */
    ChannelAccount save(ChannelAccount account);

    /** Removes the account and its place in every post; returns how many posts targeted it, or -1 if there was none. */
    int remove(AccountId id);
}
