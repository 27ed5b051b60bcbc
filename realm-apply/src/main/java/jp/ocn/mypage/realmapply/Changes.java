package jp.ocn.mypage.realmapply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What an apply changed, one line per write, in order; printed as it happens. */
public final class Changes {

    private final List<String> lines = new ArrayList<>();
    private final Consumer<String> printer;

    public Changes(Consumer<String> printer) {
        this.printer = printer;
    }

    void add(String line) {
        lines.add(line);
        printer.accept("  " + line);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public boolean none() {
        return lines.isEmpty();
    }
}
