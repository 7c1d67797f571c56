package app.herold.domain.exchange;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Election;
import java.util.List;

/**
 * What an import writes, worked out by {@link PlanReconciliation} and handed to {@link PlanTransfer} to
 * write in one transaction. Posts, accounts and elections keep the numbers they have in the file.
 *
 * @param replace first remove every post (with its deliveries), account and election
 * @param parties the party list afterwards; null leaves it as it is
 * @param newDeliveries with id 0 where the file's number is taken: the database gives them a new one
 * @param appendedAuditEntries entries that continue the audit log, exactly as the file has them
 * @param state the Land's code to set; null leaves it as it is
 */
public record PlanChanges(boolean replace, List<ChannelAccount> newAccounts, List<ChannelAccount> changedAccounts,
                          List<Election> newElections, List<Election> changedElections, List<String> parties,
                          List<Post> newPosts, List<Post> changedPosts, List<Delivery> newDeliveries,
                          List<AuditEntry> appendedAuditEntries, String state) {

    public PlanChanges {
        newAccounts = List.copyOf(newAccounts);
        changedAccounts = List.copyOf(changedAccounts);
        newElections = List.copyOf(newElections);
        changedElections = List.copyOf(changedElections);
        parties = parties == null ? null : List.copyOf(parties);
        newPosts = List.copyOf(newPosts);
        changedPosts = List.copyOf(changedPosts);
        newDeliveries = List.copyOf(newDeliveries);
        appendedAuditEntries = List.copyOf(appendedAuditEntries);
    }
}
