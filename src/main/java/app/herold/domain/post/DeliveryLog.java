package app.herold.domain.post;

import java.util.List;

/** The record of what went out where. Append-only from the user's side: an entry is never edited. */
public interface DeliveryLog {

    /** Records a delivery and returns it with its id and the time it was recorded. */
    Delivery record(Delivery delivery);

    /** The post's deliveries, oldest first. */
    List<Delivery> deliveriesOf(PostId post);

    /** Every delivery of every post, in the order they were recorded. */
    List<Delivery> all();
}
