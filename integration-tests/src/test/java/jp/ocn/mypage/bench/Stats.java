package jp.ocn.mypage.bench;

import java.util.Arrays;
import java.util.List;

/** The benchmark's arithmetic: nearest-rank percentiles, medians and per-round ratios. */
final class Stats {

    private Stats() {}

    /** The nearest-rank percentile ({@code p} in 0..100) of the values; 0 for none. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    /** The median (the mean of the two middle values for an even count); NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** {@code a ÷ b} of each round, pairwise. */
    static List<Double> ratios(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("rounds differ: " + a.size() + " and " + b.size());
        }
        return java.util.stream.IntStream.range(0, a.size())
                .mapToObj(i -> b.get(i) == 0 ? Double.NaN : a.get(i) / b.get(i))
                .toList();
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** All latencies of several rounds as one array. */
    static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }
}
