package jp.ocn.mypage.bench;

/** One round of one side: completed sign-ins, errors, wall time, and the latency of every completed sign-in. */
record RoundResult(String side, int completed, int errors, double seconds, long[] latencyMicros, String firstError) {

    /** Completed sign-ins per second. */
    double throughput() {
        return seconds <= 0 ? 0 : completed / seconds;
    }
}
