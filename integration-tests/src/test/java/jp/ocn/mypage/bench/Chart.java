package jp.ocn.mypage.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The run's PNG: throughput of every side (top) and its latency percentiles p50, p90, p99 (bottom). */
final class Chart {

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 480;

    private Chart() {}

    static void write(List<Comparison> comparisons, String subtitle, Path png) throws IOException {
        DefaultCategoryDataset throughput = new DefaultCategoryDataset();
        DefaultCategoryDataset latency = new DefaultCategoryDataset();
        for (Comparison c : comparisons) {
            add(throughput, latency, c.sideA(), c.roundsA());
            add(throughput, latency, c.sideB(), c.roundsB());
        }
        JFreeChart top = ChartFactory.createBarChart(
                "Sign-ins per second (mean of rounds) — " + subtitle,
                null,
                "sign-ins/s",
                throughput,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        JFreeChart bottom = ChartFactory.createBarChart(
                "Sign-in latency percentiles", null, "ms", latency, PlotOrientation.VERTICAL, true, false, false);
        for (JFreeChart chart : List.of(top, bottom)) {
            chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            chart.setBackgroundPaint(Color.WHITE);
        }
        BufferedImage image = new BufferedImage(WIDTH, 2 * HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(top.createBufferedImage(WIDTH, HEIGHT), 0, 0, null);
        g.drawImage(bottom.createBufferedImage(WIDTH, HEIGHT), 0, HEIGHT, null);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void add(
            DefaultCategoryDataset throughput, DefaultCategoryDataset latency, String side, List<RoundResult> rounds) {
        throughput.addValue(Stats.mean(Comparison.throughputs(rounds)), "sign-ins/s", side);
        long[] micros = Comparison.latencies(rounds);
        for (int p : new int[] {50, 90, 99}) {
            latency.addValue(Stats.percentile(micros, p) / 1000.0, "p" + p, side);
        }
    }
}
