package jp.ocn.mypage.maintenance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;

/**
 * A planned maintenance window: sign-in is refused from {@code start} (inclusive) to {@code end} (exclusive) for
 * the clients named, or for every client when {@code clients} is null. Stored as a realm component of type
 * {@link MaintenanceWindowProvider} (so realm-config can define windows too), its config keys below.
 */
public record MaintenanceWindow(
        String id, Instant start, Instant end, String messageJa, String messageEn, List<String> clients) {

    static final String START = "start";
    static final String END = "end";
    static final String MESSAGE_JA = "message_ja";
    static final String MESSAGE_EN = "message_en";
    static final String CLIENTS = "clients";

    /** The zone every time our customers read is shown in. */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public MaintenanceWindow {
        clients = clients == null ? null : List.copyOf(clients);
    }

    /** Reads a stored window; throws {@link IllegalArgumentException} naming the field when one is unreadable. */
    static MaintenanceWindow of(ComponentModel model) {
        MultivaluedHashMap<String, String> config = model.getConfig();
        List<String> clients = config == null ? null : config.get(CLIENTS);
        return new MaintenanceWindow(
                model.getId(),
                instant(model.get(START), START),
                instant(model.get(END), END),
                model.get(MESSAGE_JA, ""),
                model.get(MESSAGE_EN, ""),
                clients == null || clients.isEmpty() ? null : clients);
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    field + " must be an ISO-8601 time with an offset, e.g. 2026-12-01T02:00:00+09:00");
        }
    }

    ComponentModel toComponent(String realmId) {
        ComponentModel model = new ComponentModel();
        model.setName("maintenance " + start);
        model.setProviderType(MaintenanceWindowProvider.class.getName());
        model.setProviderId(MaintenanceWindowFactory.PROVIDER_ID);
        model.setParentId(realmId);
        model.put(START, start.toString());
        model.put(END, end.toString());
        model.put(MESSAGE_JA, messageJa == null ? "" : messageJa);
        model.put(MESSAGE_EN, messageEn == null ? "" : messageEn);
        if (clients != null) {
            model.getConfig().put(CLIENTS, clients);
        }
        return model;
    }

    /** Whether sign-in to {@code clientId} is refused at {@code now}. */
    public boolean refusesAt(Instant now, String clientId) {
        return concerns(clientId) && !now.isBefore(start) && now.isBefore(end);
    }

    /** Whether the window concerns {@code clientId} and starts after {@code now} but no later than {@code until}. */
    public boolean startsBetween(Instant now, Instant until, String clientId) {
        return concerns(clientId) && start.isAfter(now) && !start.isAfter(until);
    }

    boolean overlaps(MaintenanceWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    private boolean concerns(String clientId) {
        return clients == null || clients.contains(clientId);
    }

    /** The message in the page language: English when asked for and given, else Japanese. */
    public String message(boolean english) {
        return english && messageEn != null && !messageEn.isBlank() ? messageEn : messageJa;
    }

    /** {@code HH:MM} in JST, as the login page shows the end. */
    public static String jstTime(Instant instant) {
        return HH_MM.format(instant.atZone(JST));
    }

    /** {@code M/d} in JST, shown beside the time when the window is not today. */
    public static String jstDate(Instant instant) {
        return instant.atZone(JST).getMonthValue() + "/" + instant.atZone(JST).getDayOfMonth();
    }

    /** As the operator API shows it. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("start", start.atZone(JST).toOffsetDateTime().toString());
        json.put("end", end.atZone(JST).toOffsetDateTime().toString());
        json.put("message", Map.of("ja", messageJa == null ? "" : messageJa, "en", messageEn == null ? "" : messageEn));
        json.put("clients", clients);
        return json;
    }
}
