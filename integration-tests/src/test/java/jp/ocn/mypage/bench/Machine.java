package jp.ocn.mypage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures depend on: the machine's cores and load, and a process's resident memory (Linux /proc). */
final class Machine {

    private Machine() {}

    /** The 1, 5 and 15 minute load averages, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static String hostDescription() {
        String model = "";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("");
        } catch (IOException e) {
            // not Linux: cores only
        }
        return cores() + " cores" + (model.isEmpty() ? "" : " (" + model + ")") + ", Java "
                + System.getProperty("java.version");
    }

    /** {@code VmRSS} of a process in KiB, from {@code /proc/PID/status}. */
    static long residentKib(long pid) {
        try {
            return parseVmRss(Files.readString(Path.of("/proc/" + pid + "/status")));
        } catch (IOException e) {
            throw new IllegalStateException("no /proc/" + pid + "/status: " + e.getMessage(), e);
        }
    }

    /** The {@code VmRSS:} line of a {@code /proc/PID/status} text, in KiB. */
    static long parseVmRss(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no VmRSS line");
    }
}
