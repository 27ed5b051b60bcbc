package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.Contract;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.CorporateMembership;
import jp.ocn.mypage.sdk.principal.CorporateRole;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/** Reads our claims (README "Tokens", design.md's {@code corp}) into a {@link MyPagePrincipal}; wrong types refuse. */
final class PrincipalClaims {

    private PrincipalClaims() {}

    static MyPagePrincipal read(JWTClaimsSet claims) throws MyPageTokenException {
        try {
            String subject = claims.getSubject();
            if (subject == null || subject.isEmpty()) {
                throw new MyPageTokenException(Reason.MISSING_CLAIM, "sub");
            }
            String ocnId = claims.getStringClaim("ocn_id");
            return new MyPagePrincipal(
                    subject,
                    ocnId == null ? "" : ocnId,
                    strings(claims.getStringListClaim("customer_numbers")),
                    contracts(claims.getListClaim("contracts")),
                    ContractStatus.fromClaim(claims.getStringClaim("account_status")),
                    corporate(claims.getJSONObjectClaim("corp")),
                    acr(claims.getClaim("acr")),
                    strings(claims.getStringListClaim("amr")),
                    epoch(claims.getClaim("auth_time")),
                    Boolean.TRUE.equals(claims.getBooleanClaim("daccount_linked")),
                    Optional.ofNullable(claims.getStringClaim("sid")),
                    Optional.ofNullable(claims.getStringClaim("azp")),
                    claims.getIssueTime().toInstant(),
                    claims.getExpirationTime().toInstant());
        } catch (java.text.ParseException | RuntimeException e) {
            throw new MyPageTokenException(Reason.MALFORMED, "a claim has the wrong type", e);
        }
    }

    private static List<String> strings(List<String> list) {
        if (list == null) {
            return List.of();
        }
        for (String s : list) {
            if (s == null) {
                throw new IllegalArgumentException("null in a list of strings");
            }
        }
        return list;
    }

    private static String acr(Object acr) {
        if (acr == null) {
            return "";
        }
        if (acr instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("acr is not a string");
    }

    private static Optional<Instant> epoch(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        throw new IllegalArgumentException("not a number of seconds");
    }

    private static List<Contract> contracts(List<Object> raw) {
        if (raw == null) {
            return List.of();
        }
        List<Contract> contracts = new ArrayList<>(raw.size());
        for (Object o : raw) {
            Map<?, ?> c = object(o);
            contracts.add(new Contract(
                    text(c, "customer_number"),
                    text(c, "service"),
                    ContractStatus.fromClaim(optionalText(c, "status")),
                    date(optionalText(c, "status_changed_on"))));
        }
        return contracts;
    }

    private static Optional<CorporateMembership> corporate(Map<String, Object> corp) {
        if (corp == null) {
            return Optional.empty();
        }
        Set<CorporateRole> roles = EnumSet.noneOf(CorporateRole.class);
        Object rawRoles = corp.get("roles");
        if (rawRoles != null) {
            if (!(rawRoles instanceof List<?> list)) {
                throw new IllegalArgumentException("corp.roles is not a list");
            }
            for (Object r : list) {
                if (!(r instanceof String name)) {
                    throw new IllegalArgumentException("corp.roles holds a non-string");
                }
                CorporateRole.fromClaim(name).ifPresent(roles::add);
            }
        }
        Object representative = corp.get("representative");
        if (representative != null && !(representative instanceof Boolean)) {
            throw new IllegalArgumentException("corp.representative is not a boolean");
        }
        String deputyUntil = optionalText(corp, "deputy_until");
        return Optional.of(new CorporateMembership(
                text(corp, "customer_number"),
                Optional.ofNullable(optionalText(corp, "name")).orElse(""),
                roles,
                Boolean.TRUE.equals(representative),
                deputyUntil == null ? Optional.empty() : Optional.of(Instant.parse(deputyUntil))));
    }

    private static Map<?, ?> object(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException("not a JSON object");
    }

    private static String text(Map<?, ?> m, String name) {
        String s = optionalText(m, name);
        if (s == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return s;
    }

    private static String optionalText(Map<?, ?> m, String name) {
        Object v = m.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(name + " is not a string");
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + value, e);
        }
    }
}
