package jp.ocn.mypage.corporate;

/**
 * One row of a corporation's audit log. Actor and target are OCN IDs (or {@code system} for the scheduled deputy
 * expiry); roles are API names, comma-separated; result is {@code success}, {@code pending} or a refusal
 * ({@code forbidden}, {@code not_found}, {@code separation_of_duties}, {@code step_up_required} ...).
 */
public record AuditEntry(
        long time,
        String actor,
        String target,
        String action,
        String rolesBefore,
        String rolesAfter,
        String reason,
        String result,
        String requestId) {}
