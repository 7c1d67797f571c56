package app.herold.domain.exchange;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Election;
import java.util.List;

/**
 * Everything a plan holds that moves with it from one computer to another: the posts, the channel
 * accounts (never secrets), the election calendar and party list, the neutrality audit log, the record
 * of what went out where, and the Land whose holidays apply. Pictures are referenced by the posts.
 *
 * @param state the Land's code ("SN"); null when a file does not say, which leaves the setting as it is
 */
public record PlanData(List<Post> posts, List<ChannelAccount> accounts, List<Election> elections, List<String> parties,
                       List<AuditEntry> auditLog, List<Delivery> deliveries, String state) {

    public PlanData {
        posts = posts == null ? List.of() : List.copyOf(posts);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        elections = elections == null ? List.of() : List.copyOf(elections);
        parties = parties == null ? List.of() : List.copyOf(parties);
        auditLog = auditLog == null ? List.of() : List.copyOf(auditLog);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
    }
}
