package app.herold.domain.post;

/** Told after each change of the plan, on the thread that made it. */
@FunctionalInterface
public interface PlanListener {

    void planChanged(PlanChange change);
}
