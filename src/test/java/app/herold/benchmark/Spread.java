package app.herold.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, 95th percentile (nearest rank), extremes and the first value of a series of figures. */
record Spread(int count, double median, double p95, double min, double max, double first) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int size = sorted.size();
        double median = size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
        double p95 = sorted.get(Math.max(0, (int) Math.ceil(0.95 * size) - 1));
        return new Spread(size, median, p95, sorted.get(0), sorted.get(size - 1), values.get(0));
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
